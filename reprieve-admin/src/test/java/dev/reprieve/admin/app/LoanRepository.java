package dev.reprieve.admin.app;

import dev.reprieve.spring.SoftDeleteRepository;

public interface LoanRepository extends SoftDeleteRepository<Loan, Long> {
}

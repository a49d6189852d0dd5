package dev.reprieve.spring.errors;

import dev.reprieve.spring.SoftDeleteRepository;

public interface LoanRepository extends SoftDeleteRepository<Loan, Long> {
}

package dev.reprieve.spring.bad;

import dev.reprieve.spring.SoftDeleteRepository;

public interface InvoiceRepository extends SoftDeleteRepository<Invoice, Long> {
}

package dev.reprieve.admin.app;

import dev.reprieve.spring.SoftDeleteRepository;

public interface TicketRepository extends SoftDeleteRepository<Ticket, Long> {
}

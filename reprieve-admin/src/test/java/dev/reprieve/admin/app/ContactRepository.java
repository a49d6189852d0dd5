package dev.reprieve.admin.app;

import dev.reprieve.spring.SoftDeleteRepository;

public interface ContactRepository extends SoftDeleteRepository<Contact, Long> {
}

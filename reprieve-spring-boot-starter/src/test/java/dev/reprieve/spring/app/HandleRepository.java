package dev.reprieve.spring.app;

import dev.reprieve.spring.SoftDeleteRepository;

public interface HandleRepository extends SoftDeleteRepository<Handle, Long> {
}

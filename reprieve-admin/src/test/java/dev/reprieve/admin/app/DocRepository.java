package dev.reprieve.admin.app;

import dev.reprieve.spring.SoftDeleteRepository;

public interface DocRepository extends SoftDeleteRepository<Doc, Long> {
}

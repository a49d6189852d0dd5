package dev.reprieve.admin.app;

import dev.reprieve.spring.SoftDeleteRepository;

public interface RemarkRepository extends SoftDeleteRepository<Remark, Long> {
}

package dev.reprieve.admin.app;

import dev.reprieve.spring.SoftDeleteRepository;

public interface MemoRepository extends SoftDeleteRepository<Memo, Long> {
}

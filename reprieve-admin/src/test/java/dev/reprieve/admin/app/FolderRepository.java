package dev.reprieve.admin.app;

import dev.reprieve.spring.SoftDeleteRepository;

public interface FolderRepository extends SoftDeleteRepository<Folder, Long> {
}

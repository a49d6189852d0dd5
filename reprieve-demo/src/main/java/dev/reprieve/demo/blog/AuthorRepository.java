package dev.reprieve.demo.blog;

import dev.reprieve.spring.SoftDeleteRepository;

public interface AuthorRepository extends SoftDeleteRepository<Author, Long> {
}

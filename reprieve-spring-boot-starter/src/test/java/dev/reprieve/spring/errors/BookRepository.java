package dev.reprieve.spring.errors;

import dev.reprieve.spring.SoftDeleteRepository;

public interface BookRepository extends SoftDeleteRepository<Book, Long> {
}

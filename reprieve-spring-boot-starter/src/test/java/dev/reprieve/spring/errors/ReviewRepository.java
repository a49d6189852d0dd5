package dev.reprieve.spring.errors;

import dev.reprieve.spring.SoftDeleteRepository;

public interface ReviewRepository extends SoftDeleteRepository<Review, Long> {
}

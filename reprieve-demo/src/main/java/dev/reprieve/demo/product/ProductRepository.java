package dev.reprieve.demo.product;

import dev.reprieve.spring.SoftDeleteRepository;

public interface ProductRepository extends SoftDeleteRepository<Product, Long> {
}

package dev.reprieve.demo.product;

import dev.reprieve.spring.SoftDeleteRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface ProductRepository extends SoftDeleteRepository<Product, Long> {

    /** @return alive products whose name contains the text, any case (LIKE wildcards in it are matched literally) */
    Page<Product> findByNameContainingIgnoreCase(String text, Pageable page);
}

package dev.reprieve.demo.blog;

import dev.reprieve.spring.SoftDeleteRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface AuthorRepository extends SoftDeleteRepository<Author, Long> {

    /** @return alive authors whose name contains the text, any case */
    Page<Author> findByNameContainingIgnoreCase(String text, Pageable page);
}

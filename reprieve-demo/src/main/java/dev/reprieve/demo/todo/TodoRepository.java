package dev.reprieve.demo.todo;

import dev.reprieve.spring.SoftDeleteRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface TodoRepository extends SoftDeleteRepository<Todo, Long> {

    /** @return alive todos whose title contains the text, any case (LIKE wildcards in it are matched literally) */
    Page<Todo> findByTitleContainingIgnoreCase(String text, Pageable page);
}

package dev.reprieve.demo.todo;

import dev.reprieve.spring.SoftDeleteRepository;

public interface TodoRepository extends SoftDeleteRepository<Todo, Long> {
}

package dev.reprieve.spring.app;

import dev.reprieve.spring.SoftDeleteRepository;

public interface TodoListRepository extends SoftDeleteRepository<TodoList, Long> {
}

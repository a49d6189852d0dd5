package dev.reprieve.demo.todo;

import dev.reprieve.demo.web.SoftDeleteApi;
import dev.reprieve.demo.web.SoftDeleteEndpoints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The todo JSON API: the contract later work and outside tests rely on. */
@RestController
@RequestMapping("/api/todos")
public class TodoApiController extends SoftDeleteApi<Todo, TodoApiController.TodoView> {

    /** What a client sends to create a todo. */
    public record NewTodo(@NotBlank @Size(max = 250) String title) {
    }

    /** What the API returns. */
    public record TodoView(Long id, String title, Instant deletedAt, String deletedBy) {
        static TodoView of(Todo todo) {
            return new TodoView(todo.getId(), todo.getTitle(), todo.getDeletedAt(), todo.getDeletedBy());
        }
    }

    private final TodoRepository todos;

    public TodoApiController(TodoRepository todos) {
        super(new SoftDeleteEndpoints<>(todos, "Todo", TodoView::of));
        this.todos = todos;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public TodoView create(@Valid @RequestBody NewTodo body) {
        return TodoView.of(todos.save(new Todo(body.title().trim())));
    }
}

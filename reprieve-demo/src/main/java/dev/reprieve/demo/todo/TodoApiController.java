package dev.reprieve.demo.todo;

import dev.reprieve.demo.web.SoftDeleteEndpoints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The todo JSON API: the contract later work and outside tests rely on. */
@RestController
@RequestMapping("/api/todos")
public class TodoApiController {

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
    private final SoftDeleteEndpoints<Todo, TodoView> endpoints;

    public TodoApiController(TodoRepository todos) {
        this.todos = todos;
        this.endpoints = new SoftDeleteEndpoints<>(todos, "Todo", TodoView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public TodoView create(@Valid @RequestBody NewTodo body) {
        return TodoView.of(todos.save(new Todo(body.title().trim())));
    }

    @GetMapping
    public List<TodoView> list(@RequestParam(required = false) String deleted) {
        return endpoints.list(deleted);
    }

    @GetMapping("/{id}")
    public TodoView get(@PathVariable Long id, @RequestParam(required = false) String deleted) {
        return endpoints.get(id, deleted);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean permanent) {
        endpoints.delete(id, permanent);
    }

    @PostMapping("/{id}/restore")
    public TodoView restore(@PathVariable Long id) {
        return endpoints.restore(id);
    }
}

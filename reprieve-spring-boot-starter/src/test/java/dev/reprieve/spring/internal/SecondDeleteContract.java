package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.spring.app.TestApp;
import dev.reprieve.spring.app.Todo;
import dev.reprieve.spring.app.TodoRepository;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code reprieve.second-delete=hard-delete}: the classic Django rule, deleting a deleted row erases it. */
@SpringBootTest(classes = TestApp.class, properties = "reprieve.second-delete=hard-delete")
abstract class SecondDeleteContract {

    @Autowired TodoRepository todos;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        jdbc.update("delete from todo");
    }

    @Test
    void theSecondDeleteErasesTheRow() {
        Todo once = todos.save(new Todo("once"));
        Todo twice = todos.save(new Todo("twice"));
        Todo bulk = todos.save(new Todo("bulk"));
        todos.delete(once);
        todos.delete(twice);
        todos.deleteById(twice.getId());
        todos.deleteAllById(List.of(bulk.getId()));
        todos.deleteAllById(List.of(bulk.getId()));

        assertThat(todos.findByIdIncludingDeleted(once.getId())).isPresent();
        assertThat(todos.findByIdIncludingDeleted(twice.getId())).isEmpty();
        assertThat(todos.findByIdIncludingDeleted(bulk.getId())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from todo", Long.class)).isEqualTo(1);
    }
}

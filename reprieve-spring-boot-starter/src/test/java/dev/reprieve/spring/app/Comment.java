package dev.reprieve.spring.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Purge tests: a plain (not soft-deletable) child of Task, erased with its task. */
@Entity
@jakarta.persistence.Table(name = "task_comment")
public class Comment {
    @Id @GeneratedValue
    private Long id;
    private String body;
    @ManyToOne
    private Task task;

    protected Comment() {
    }

    public Comment(String body, Task task) {
        this.body = body;
        this.task = task;
    }
}

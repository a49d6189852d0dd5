package dev.reprieve.demo.todo;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Seed 004's todo: a title, soft-deletable. */
@Entity
public class Todo extends SoftDeletableEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 250)
    private String title;

    protected Todo() {
    }

    public Todo(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public String toString() {
        return title;
    }
}

package dev.reprieve.demo.todo;

import dev.reprieve.core.SoftDeletable;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A todo: a title, soft-deletable. */
@Entity
@SoftDeletable(retention = "30d") // todos deleted more than a month ago are purged for good
public class Todo extends SoftDeletableEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 250)
    private String title;

    /** Why it was deleted, when the delete said so; Reprieve stores it and restore clears it. */
    @Column(length = 500)
    private String deletionReason;

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

    public String getDeletionReason() {
        return deletionReason;
    }
}

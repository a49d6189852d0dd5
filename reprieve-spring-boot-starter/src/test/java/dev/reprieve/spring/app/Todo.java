package dev.reprieve.spring.app;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Todo extends SoftDeletableEntity {
    @Id @GeneratedValue
    private Long id;
    private String title;
    @ManyToOne(fetch = FetchType.LAZY)
    private TodoList list;
    /** The optional stored deletion reason. */
    @Column(length = 100)
    private String deletionReason;

    protected Todo() {
    }

    public Todo(String title) {
        this(title, null);
    }

    public Todo(String title, TodoList list) {
        this.title = title;
        this.list = list;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDeletionReason() {
        return deletionReason;
    }
}

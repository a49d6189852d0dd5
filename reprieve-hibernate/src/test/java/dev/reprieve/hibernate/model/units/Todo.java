package dev.reprieve.hibernate.model.units;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Mapped in several persistence units at once, each in its own schema: same-named tables. */
@Entity
@Table(name = "todo")
public class Todo extends SoftDeletableEntity {
    @Id
    public Long id;
    public String title;

    protected Todo() {
    }

    public Todo(Long id, String title) {
        this.id = id;
        this.title = title;
    }
}

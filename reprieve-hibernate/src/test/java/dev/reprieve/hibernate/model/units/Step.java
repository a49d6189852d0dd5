package dev.reprieve.hibernate.model.units;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A step of a {@link Todo}: deleted and restored with it, in the same schema as its todo. */
@Entity
@Table(name = "step")
public class Step extends SoftDeletableEntity {
    @Id
    public Long id;
    @OnSoftDelete(SoftDeleteAction.CASCADE)
    @ManyToOne
    public Todo todo;

    protected Step() {
    }

    public Step(Long id, Todo todo) {
        this.id = id;
        this.todo = todo;
    }
}

package dev.reprieve.hibernate.model.units;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A step of a {@link PinnedSchemaTodo}, in the same schema named by the mapping. */
@Entity(name = "Step")
@Table(name = "step", schema = PinnedSchemaTodo.SCHEMA)
public class PinnedSchemaStep extends SoftDeletableEntity {
    @Id
    public Long id;
    @OnSoftDelete(SoftDeleteAction.CASCADE)
    @ManyToOne
    public PinnedSchemaTodo todo;

    protected PinnedSchemaStep() {
    }

    public PinnedSchemaStep(Long id, PinnedSchemaTodo todo) {
        this.id = id;
        this.todo = todo;
    }
}

package dev.reprieve.hibernate.model.units;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A step of a {@link PinnedCatalogTodo}, in the same catalog named by the mapping. */
@Entity(name = "Step")
@Table(name = "step", catalog = PinnedCatalogTodo.CATALOG)
public class PinnedCatalogStep extends SoftDeletableEntity {
    @Id
    public Long id;
    @OnSoftDelete(SoftDeleteAction.CASCADE)
    @ManyToOne
    public PinnedCatalogTodo todo;

    protected PinnedCatalogStep() {
    }

    public PinnedCatalogStep(Long id, PinnedCatalogTodo todo) {
        this.id = id;
        this.todo = todo;
    }
}

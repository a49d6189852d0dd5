package dev.reprieve.hibernate.model.units;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A todo whose table names its catalog in the mapping: {@code @Table(catalog = ...)}, no unit default needed. */
@Entity(name = "Todo")
@Table(name = "todo", catalog = PinnedCatalogTodo.CATALOG)
public class PinnedCatalogTodo extends SoftDeletableEntity {
    public static final String CATALOG = "reprieve_pinned";
    @Id
    public Long id;
    public String title;

    protected PinnedCatalogTodo() {
    }

    public PinnedCatalogTodo(Long id, String title) {
        this.id = id;
        this.title = title;
    }
}

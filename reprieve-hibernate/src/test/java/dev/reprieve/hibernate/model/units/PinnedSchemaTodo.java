package dev.reprieve.hibernate.model.units;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A todo whose table names its schema in the mapping: {@code @Table(schema = ...)}, no unit default needed. */
@Entity(name = "Todo")
@Table(name = "todo", schema = PinnedSchemaTodo.SCHEMA)
public class PinnedSchemaTodo extends SoftDeletableEntity {
    public static final String SCHEMA = "reprieve_pinned";
    @Id
    public Long id;
    public String title;

    protected PinnedSchemaTodo() {
    }

    public PinnedSchemaTodo(Long id, String title) {
        this.id = id;
        this.title = title;
    }
}

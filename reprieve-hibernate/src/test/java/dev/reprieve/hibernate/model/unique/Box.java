package dev.reprieve.hibernate.model.unique;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Soft-deletable, kept in a plain depot. */
@Entity
public class Box extends SoftDeletableEntity {
    @Id
    public Long id;
    @ManyToOne
    public Depot depot;
    @ManyToOne
    public Depot origin;
}

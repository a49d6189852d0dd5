package dev.reprieve.hibernate.model.unique;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Soft-deletable, in a plain warehouse whose delete the database cascades to it: the rows would go for good. */
@Entity
public class Crate extends SoftDeletableEntity {
    @Id
    public Long id;
    @ManyToOne
    @OnDelete(action = OnDeleteAction.CASCADE)
    public Warehouse warehouse;
    @ManyToOne
    public Warehouse returnTo;
}

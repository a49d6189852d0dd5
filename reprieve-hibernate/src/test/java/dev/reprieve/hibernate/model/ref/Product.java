package dev.reprieve.hibernate.model.ref;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The target of the to-one references in {@link Line}. */
@Entity
public class Product extends SoftDeletableEntity {
    @Id
    public Long id;
    public String name;

    protected Product() {
    }

    public Product(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getName() {
        return name;
    }
}

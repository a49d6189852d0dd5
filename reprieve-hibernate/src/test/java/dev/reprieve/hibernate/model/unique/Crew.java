package dev.reprieve.hibernate.model.unique;

import dev.reprieve.core.UniqueWhenAlive;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A soft-deletable parent whose name is unique among alive crews. */
@Entity
public class Crew extends SoftDeletableEntity {
    @Id @GeneratedValue
    public Long id;
    @UniqueWhenAlive
    public String name;

    protected Crew() {
    }

    public Crew(String name) {
        this.name = name;
    }
}

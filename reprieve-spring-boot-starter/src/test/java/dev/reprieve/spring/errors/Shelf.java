package dev.reprieve.spring.errors;

import dev.reprieve.core.UniqueWhenAlive;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Shelf extends SoftDeletableEntity {
    @Id @GeneratedValue
    private Long id;
    @UniqueWhenAlive
    private String label;

    protected Shelf() {
    }

    public Shelf(String label) {
        this.label = label;
    }

    public Long getId() {
        return id;
    }
}

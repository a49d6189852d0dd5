package dev.reprieve.spring.app;

import dev.reprieve.core.UniqueWhenAlive;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A user handle: unique among alive rows; exceptions tests look at how a violation reaches Spring users. */
@Entity
public class Handle extends SoftDeletableEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @UniqueWhenAlive
    private String name;

    protected Handle() {
    }

    public Handle(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public void setName(String name) {
        this.name = name;
    }
}

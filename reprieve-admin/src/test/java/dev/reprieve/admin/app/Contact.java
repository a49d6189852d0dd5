package dev.reprieve.admin.app;

import dev.reprieve.core.UniqueWhenAlive;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Labelled by its toString; text search finds its {@code name}, which is unique among alive contacts. */
@Entity
public class Contact extends SoftDeletableEntity {
    @Id @GeneratedValue Long id;
    @UniqueWhenAlive
    String name;

    protected Contact() {
    }

    public Contact(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String toString() {
        return "Contact " + name;
    }
}

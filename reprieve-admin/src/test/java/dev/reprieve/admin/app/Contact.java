package dev.reprieve.admin.app;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Labelled by its toString; text search finds its {@code name}. */
@Entity
public class Contact extends SoftDeletableEntity {
    @Id @GeneratedValue Long id;
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

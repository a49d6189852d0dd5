package dev.reprieve.hibernate.model;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Label extends SoftDeletableEntity {
    @Id @GeneratedValue
    public Long id;
    public String name;

    protected Label() {
    }

    public Label(String name) {
        this.name = name;
    }
}

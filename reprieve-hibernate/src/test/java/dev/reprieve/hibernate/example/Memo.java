package dev.reprieve.hibernate.example;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The entity of the plain-Hibernate example in docs/hibernate.md. */
@Entity
public class Memo extends SoftDeletableEntity {
    @Id @GeneratedValue
    public Long id;
    public String text;

    protected Memo() {
    }

    public Memo(String text) {
        this.text = text;
    }
}

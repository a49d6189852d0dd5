package dev.reprieve.hibernate.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Not soft-deletable: Hibernate's own delete applies. */
@Entity
public class Plain {
    @Id @GeneratedValue
    public Long id;
    public String name;

    protected Plain() {
    }

    public Plain(String name) {
        this.name = name;
    }
}

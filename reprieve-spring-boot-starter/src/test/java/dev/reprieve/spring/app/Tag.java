package dev.reprieve.spring.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Purge tests: plain, referenced from Project through a join table; tags outlive purged projects. */
@Entity
public class Tag {
    @Id @GeneratedValue
    private Long id;
    private String name;

    protected Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }
}

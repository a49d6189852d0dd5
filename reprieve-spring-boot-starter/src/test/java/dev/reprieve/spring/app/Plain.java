package dev.reprieve.spring.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Not soft-deletable. */
@Entity
public class Plain {
    @Id @GeneratedValue
    private Long id;
    private String name;

    protected Plain() {
    }

    public Plain(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }
}

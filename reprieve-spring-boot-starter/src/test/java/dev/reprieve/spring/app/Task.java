package dev.reprieve.spring.app;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Purge tests: a soft-deletable child of Project; its retention comes from properties only. */
@Entity
public class Task extends SoftDeletableEntity {
    @Id @GeneratedValue
    private Long id;
    private String title;
    @ManyToOne
    private Project project;

    protected Task() {
    }

    public Task(String title, Project project) {
        this.title = title;
        this.project = project;
    }

    public Long getId() {
        return id;
    }
}

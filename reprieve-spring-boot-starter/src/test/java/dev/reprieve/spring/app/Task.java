package dev.reprieve.spring.app;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
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
    /** IGNORE: a project may go to the trash while its tasks live on; the purge must still keep it. */
    @ManyToOne
    @OnSoftDelete(SoftDeleteAction.IGNORE)
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

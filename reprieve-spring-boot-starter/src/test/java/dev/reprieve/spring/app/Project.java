package dev.reprieve.spring.app;

import dev.reprieve.core.LegalHold;
import dev.reprieve.core.SoftDeletable;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;

/** Purge tests: retention from the annotation, a legal-hold flag, a many-to-many join table as dependent. */
@Entity
@SoftDeletable(retention = "30d")
public class Project extends SoftDeletableEntity {
    @Id @GeneratedValue
    private Long id;
    private String name;
    /** Deleting the board deletes this row with it, in the board's deletion group. */
    @ManyToOne
    private Board board;
    @LegalHold
    private boolean legalHold;
    @ManyToMany
    private Set<Tag> tags = new HashSet<>();

    protected Project() {
    }

    public Project(String name) {
        this.name = name;
    }

    public void setBoard(Board board) {
        this.board = board;
    }

    public Long getId() {
        return id;
    }

    public void setLegalHold(boolean legalHold) {
        this.legalHold = legalHold;
    }

    public Set<Tag> getTags() {
        return tags;
    }
}

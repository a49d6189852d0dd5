package dev.reprieve.spring.app;

import dev.reprieve.core.LegalHold;
import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeletable;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * Purge tests: a type without archive and without plain dependents, so it is purged in primary-key range
 * batches; a legal-hold flag, and a reference to its own table (a parent goes only after its children).
 */
@Entity
@SoftDeletable(retention = "30d")
public class Note extends SoftDeletableEntity {
    @Id @GeneratedValue
    private Long id;
    private String title;
    /** Deleting the board deletes this row with it, in the board's deletion group. */
    @ManyToOne
    private Board board;
    @LegalHold
    private boolean legalHold;
    @ManyToOne
    @OnSoftDelete(SoftDeleteAction.IGNORE)
    private Note parent;

    protected Note() {
    }

    public Note(String title, Note parent) {
        this.title = title;
        this.parent = parent;
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
}

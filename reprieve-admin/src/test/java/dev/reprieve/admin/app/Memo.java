package dev.reprieve.admin.app;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Labelled by a configured attribute ({@code reprieve.admin.labels.Memo=title}); no toString. */
@Entity
public class Memo extends SoftDeletableEntity {
    @Id @GeneratedValue Long id;
    String title;
    /** Why it was deleted: Memo is the admin tests' type with a deletion reason column. */
    @jakarta.persistence.Column(length = 500)
    String deletionReason;

    protected Memo() {
    }

    public Memo(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }
}

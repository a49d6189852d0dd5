package dev.reprieve.spring.errors;

import dev.reprieve.core.OnDeletedReference;
import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.ReferencePolicy;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Outlives its book, but loading a review whose book is deleted is refused. */
@Entity
public class Review extends SoftDeletableEntity {
    @Id @GeneratedValue
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @OnSoftDelete(SoftDeleteAction.IGNORE)
    @OnDeletedReference(ReferencePolicy.THROW)
    private Book book;

    protected Review() {
    }

    public Review(Book book) {
        this.book = book;
    }

    public Long getId() {
        return id;
    }
}

package dev.reprieve.spring.errors;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Goes with its shelf: deleting a shelf deletes its books, restoring a book needs its shelf alive. */
@Entity
public class Book extends SoftDeletableEntity {
    @Id @GeneratedValue
    private Long id;
    @ManyToOne
    @OnSoftDelete(SoftDeleteAction.CASCADE)
    private Shelf shelf;

    protected Book() {
    }

    public Book(Shelf shelf) {
        this.shelf = shelf;
    }

    public Long getId() {
        return id;
    }
}

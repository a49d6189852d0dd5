package dev.reprieve.spring.errors;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A book on loan cannot be deleted. */
@Entity
public class Loan extends SoftDeletableEntity {
    @Id @GeneratedValue
    private Long id;
    @ManyToOne
    @OnSoftDelete(SoftDeleteAction.RESTRICT)
    private Book book;

    protected Loan() {
    }

    public Loan(Book book) {
        this.book = book;
    }
}

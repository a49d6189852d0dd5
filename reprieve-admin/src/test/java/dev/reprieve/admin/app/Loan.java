package dev.reprieve.admin.app;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** References a doc without any cascade: RESTRICT by default, so it blocks erasing the doc. */
@Entity
public class Loan extends SoftDeletableEntity {
    @Id @GeneratedValue Long id;
    String borrower;
    @ManyToOne Doc doc;

    protected Loan() {
    }

    public Loan(Doc doc, String borrower) {
        this.doc = doc;
        this.borrower = borrower;
    }

    public Long getId() {
        return id;
    }
}

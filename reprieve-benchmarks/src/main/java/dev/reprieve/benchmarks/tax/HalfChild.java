package dev.reprieve.benchmarks.tax;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Reprieve child on the table where half the rows are soft-deleted. */
@Entity
@Table(name = "tax_half_child")
public class HalfChild extends SoftDeletableEntity {
    @Id
    public Long id;
    public String title;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public HalfParent parent;

    public HalfChild() {
    }
}

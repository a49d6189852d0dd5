package dev.reprieve.benchmarks.tax;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;

import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Reprieve parent; as many deleted parents as alive ones. */
@Entity
@Table(name = "tax_half_parent")
public class HalfParent extends SoftDeletableEntity {
    @Id
    public Long id;
    public String title;

    public HalfParent() {
    }
}

package dev.reprieve.benchmarks.tax;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;

import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Reprieve parent on the table with no deleted rows. */
@Entity
@Table(name = "tax_alive_parent")
public class AliveParent extends SoftDeletableEntity {
    @Id
    public Long id;
    public String title;

    public AliveParent() {
    }
}

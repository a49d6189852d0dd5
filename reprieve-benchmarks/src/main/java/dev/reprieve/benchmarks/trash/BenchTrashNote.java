package dev.reprieve.benchmarks.trash;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the two soft-deletable types of the trash benchmark: 50,000 alive rows, plus 50 or 50,000 deleted
 * ones. No {@code toString()}, so the admin labels rows by the {@code title} column, in SQL.
 */
@Entity
@Table(name = "bench_trash_note")
public class BenchTrashNote extends SoftDeletableEntity {
    @Id
    public Long id;
    public String title;
}

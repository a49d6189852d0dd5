package dev.reprieve.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The demo's Todo as a plain JPA entity (no Reprieve), for the load-and-remove-one-by-one purge. */
@Entity
@Table(name = "bench_todo")
public class SeedTodo {
    @Id
    Long id;
    String title;
    @Column(name = "deleted_at")
    Instant deletedAt;
    @Column(name = "deleted_by")
    String deletedBy;
    @Column(name = "deletion_id")
    String deletionId;
}

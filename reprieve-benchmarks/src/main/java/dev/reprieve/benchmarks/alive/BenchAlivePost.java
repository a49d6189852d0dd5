package dev.reprieve.benchmarks.alive;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The floor: the same mapping and indexes on a table holding only the 1,000,000 alive rows. */
@Entity
@Table(name = "bench_alive_post")
public class BenchAlivePost extends SoftDeletableEntity {
    @Id
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    public BenchParent parent;
    public String title;
}

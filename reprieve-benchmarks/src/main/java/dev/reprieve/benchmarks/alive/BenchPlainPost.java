package dev.reprieve.benchmarks.alive;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The contrast: the same 2,000,000 rows with only a plain index on the foreign key (set up by the benchmark). */
@Entity
@Table(name = "bench_plain_post")
public class BenchPlainPost extends SoftDeletableEntity {
    @Id
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    public BenchParent parent;
    public String title;
}

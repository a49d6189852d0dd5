package dev.reprieve.benchmarks.alive;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 2,000,000 rows, every other one soft-deleted, with the indexes Reprieve generates. */
@Entity
@Table(name = "bench_post")
public class BenchPost extends SoftDeletableEntity {
    @Id
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    public BenchParent parent;
    public String title;
}

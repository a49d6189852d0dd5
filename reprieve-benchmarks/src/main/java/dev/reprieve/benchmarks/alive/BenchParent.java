package dev.reprieve.benchmarks.alive;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The parent every benchmark post points at (1,000 of them). */
@Entity
@Table(name = "bench_parent")
public class BenchParent {
    @Id
    public Long id;
    public String name;
}

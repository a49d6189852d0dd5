package dev.reprieve.benchmarks.tax;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Plain Spring-Data-style parent: the same columns as Reprieve's, no soft deletion. */
@Entity
@Table(name = "tax_plain_parent")
public class PlainParent {
    @Id
    public Long id;
    public String title;

    @Column(name = "deleted_at")
    public Instant deletedAt;
    @Column(name = "deleted_by")
    public String deletedBy;
    @Column(name = "deletion_id", length = 36)
    public String deletionId;

    public PlainParent() {
    }
}

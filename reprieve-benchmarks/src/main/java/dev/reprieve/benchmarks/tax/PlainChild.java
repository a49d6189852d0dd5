package dev.reprieve.benchmarks.tax;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Plain child of {@link PlainParent}: the same columns and indexes as Reprieve's, no soft deletion. */
@Entity
@Table(name = "tax_plain_child")
public class PlainChild {
    @Id
    public Long id;
    public String title;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public PlainParent parent;
    @Column(name = "deleted_at")
    public Instant deletedAt;
    @Column(name = "deleted_by")
    public String deletedBy;
    @Column(name = "deletion_id", length = 36)
    public String deletionId;

    public PlainChild() {
    }
}

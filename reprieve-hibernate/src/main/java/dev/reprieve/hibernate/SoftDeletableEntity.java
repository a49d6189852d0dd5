package dev.reprieve.hibernate;

import dev.reprieve.core.SoftDeletable;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The one-line way to make an entity soft-deletable: extend this class. It maps the three columns
 * Reprieve writes; they are read-only for application code, Reprieve alone sets them.
 */
@SoftDeletable
@MappedSuperclass
public abstract class SoftDeletableEntity {

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private String deletedBy;

    @Column(name = "deletion_id", length = 36)
    private String deletionId;

    /** @return whether this row is in the trash */
    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** @return when the row was deleted, or {@code null} while it is alive */
    public Instant getDeletedAt() {
        return deletedAt;
    }

    /** @return who deleted the row, or {@code null} when alive or unknown */
    public String getDeletedBy() {
        return deletedBy;
    }

    /** @return the id of the delete operation (shared by everything cascaded with it), or {@code null} */
    public String getDeletionId() {
        return deletionId;
    }
}

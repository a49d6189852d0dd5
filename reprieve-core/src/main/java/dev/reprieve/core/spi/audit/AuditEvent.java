package dev.reprieve.core.spi.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the deletion history.
 *
 * @param id         the entry's own id (a UUID), or {@code null} for an entry read from a trash row
 * @param at         when it happened
 * @param actor      who did it, or {@code null} when unknown
 * @param action     what happened
 * @param entityName the entity type
 * @param rowId      the row's id as text
 * @param deletionId the delete operation (cascade group) involved, or {@code null}
 * @param label      the row's readable label when it happened, or {@code null}
 * @param detail     what else went with it, in words (rows per type), or {@code null}
 * @param reason     why, as the delete or restore gave it, or {@code null}
 */
public record AuditEvent(String id, Instant at, String actor, AuditAction action, String entityName, String rowId,
        String deletionId, String label, String detail, String reason) {

    /** An entry without a reason. */
    public AuditEvent(String id, Instant at, String actor, AuditAction action, String entityName, String rowId,
            String deletionId, String label, String detail) {
        this(id, at, actor, action, entityName, rowId, deletionId, label, detail, null);
    }

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityName, "entityName");
    }
}

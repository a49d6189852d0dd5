package dev.reprieve.core.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One restore, from any API (repository, operations, admin): the row asked for and every row that came back
 * with it.
 *
 * @param entityName the type of the row asked for
 * @param ids        that row
 * @param deletionId the delete operation it undid, or {@code null} for a row deleted before deletion ids existed
 * @param rows       rows back per entity name, the asked row included (and, when restored with its parents, theirs)
 * @param deletedBy  who had deleted it, or {@code null}
 * @param deletedAt  when it had been deleted
 * @param restoredBy who brought it back, or {@code null}
 * @param restoredAt when
 * @param reason     why it was restored, as given to {@code restore(id, reason)}, or {@code null}
 */
public record Restored(String entityName, EventIds ids, String deletionId, Map<String, Long> rows, String deletedBy,
        Instant deletedAt, String restoredBy, Instant restoredAt, String reason) implements ReprieveEvent {

    /** A restore without a reason. */
    public Restored(String entityName, EventIds ids, String deletionId, Map<String, Long> rows, String deletedBy,
            Instant deletedAt, String restoredBy, Instant restoredAt) {
        this(entityName, ids, deletionId, rows, deletedBy, deletedAt, restoredBy, restoredAt, null);
    }

    public Restored {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(restoredAt, "restoredAt");
        rows = Rows.copy(rows);
    }

    /** @return how many rows came back in all */
    public long total() {
        return Rows.total(rows);
    }
}

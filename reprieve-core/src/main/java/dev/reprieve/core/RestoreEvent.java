package dev.reprieve.core;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One restore, as a {@link RestoreListener} hears it: the row asked for, the deletion it undid, and every row
 * it brought back.
 *
 * @param entityName the entity type of the row asked for
 * @param id         that row's id
 * @param deletionId the delete operation it undid, or {@code null} for a row deleted before deletion ids existed
 * @param deletedAt  when that row had been deleted
 * @param deletedBy  who had deleted it, or {@code null} when unknown
 * @param restoredAt when it came back
 * @param restoredBy who brought it back (found like {@code deleted_by}: {@link DeleterProvider}), or {@code null}
 * @param rows       how many rows came back per entity name, by name, the asked row and its group included (and,
 *                   for a restore with parents, the parents' groups)
 * @param reason     why it was restored, or {@code null}
 */
public record RestoreEvent(String entityName, Object id, String deletionId, Instant deletedAt, String deletedBy,
        Instant restoredAt, String restoredBy, Map<String, Long> rows, String reason) {

    /** A restore without a reason. */
    public RestoreEvent(String entityName, Object id, String deletionId, Instant deletedAt, String deletedBy,
            Instant restoredAt, String restoredBy, Map<String, Long> rows) {
        this(entityName, id, deletionId, deletedAt, deletedBy, restoredAt, restoredBy, rows, null);
    }

    public RestoreEvent {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(restoredAt, "restoredAt");
        rows = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(rows, "rows")));
    }

    /** @return how many rows came back, the asked row included */
    public long total() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}

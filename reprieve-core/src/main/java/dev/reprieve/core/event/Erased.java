package dev.reprieve.core.event;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One explicit hard delete ({@code hardDelete}, the admin's erase, a second delete under the
 * {@code HARD_DELETE} policy, the erasure of a data subject): rows gone for good, with the rows in the trash
 * under them. It names the rows' ids and types and how many went, never their values.
 *
 * @param entityName the type of the rows asked for
 * @param ids        those rows
 * @param rows       rows removed per entity name, the asked rows included, every place summed
 * @param erasedBy   who erased it ({@link dev.reprieve.core.DeleterProvider}), or {@code null}
 * @param erasedAt   when
 * @param places     for the erasure of a data subject: per entity name, rows removed per place ({@code TABLE},
 *                   {@code ARCHIVE_TABLE}, {@code ARCHIVE_FILES}); empty for the other erases, whose rows are
 *                   all table rows
 */
public record Erased(String entityName, EventIds ids, Map<String, Long> rows, String erasedBy, Instant erasedAt,
        Map<String, Map<String, Long>> places) implements ReprieveEvent {

    public Erased {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(erasedAt, "erasedAt");
        rows = Rows.copy(rows);
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        Objects.requireNonNull(places, "places").forEach((entity, byPlace) -> {
            Map<String, Long> counts = Rows.copy(byPlace);
            if (!counts.isEmpty()) {
                copy.put(entity, counts);
            }
        });
        places = Collections.unmodifiableMap(copy);
    }

    /** A hard delete of table rows only. */
    public Erased(String entityName, EventIds ids, Map<String, Long> rows, String erasedBy, Instant erasedAt) {
        this(entityName, ids, rows, erasedBy, erasedAt, Map.of());
    }

    /** @return how many rows went in all */
    public long total() {
        return Rows.total(rows);
    }
}

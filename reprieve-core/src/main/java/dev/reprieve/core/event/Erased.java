package dev.reprieve.core.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One explicit hard delete ({@code hardDelete}, the admin's erase, a second delete under the
 * {@code HARD_DELETE} policy): a row gone for good, with the rows in the trash under it.
 *
 * @param entityName the type of the row asked for
 * @param ids        that row
 * @param rows       rows removed per entity name, the asked row included
 * @param erasedBy   who erased it ({@link dev.reprieve.core.DeleterProvider}), or {@code null}
 * @param erasedAt   when
 */
public record Erased(String entityName, EventIds ids, Map<String, Long> rows, String erasedBy, Instant erasedAt)
        implements ReprieveEvent {

    public Erased {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(erasedAt, "erasedAt");
        rows = Rows.copy(rows);
    }

    /** @return how many rows went in all */
    public long total() {
        return Rows.total(rows);
    }
}

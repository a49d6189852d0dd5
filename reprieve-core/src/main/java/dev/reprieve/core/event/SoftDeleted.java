package dev.reprieve.core.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One soft delete: a repository delete of one row or many, an {@code EntityManager.remove}, an orphan removal,
 * a {@code deleteAll}. Rows its cascade took along are counted in {@link #rows()}; they all carry
 * {@link #deletionId()}.
 *
 * @param entityName the type of the rows the delete was asked for
 * @param ids        those rows (the ones this delete marked; rows deleted before keep their first deletion)
 * @param deletionId the operation's deletion id, on every row it marked
 * @param rows       rows marked per entity name, the asked rows and the cascade's
 * @param deletedBy  who deleted ({@link dev.reprieve.core.DeleterProvider}), or {@code null}
 * @param deletedAt  when
 * @param reason     why, as given with {@link dev.reprieve.core.DeletionReasons} (or a repository's
 *                   {@code delete(entity, reason)}), or {@code null}
 */
public record SoftDeleted(String entityName, EventIds ids, String deletionId, Map<String, Long> rows,
        String deletedBy, Instant deletedAt, String reason) implements ReprieveEvent {

    public SoftDeleted {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(deletionId, "deletionId");
        Objects.requireNonNull(deletedAt, "deletedAt");
        rows = Rows.copy(rows);
    }

    /** @return how many rows the delete marked in all */
    public long total() {
        return Rows.total(rows);
    }
}

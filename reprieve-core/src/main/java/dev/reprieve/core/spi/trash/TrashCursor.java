package dev.reprieve.core.spi.trash;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a trash page ended: the next page starts strictly after this row in the listing's order, so deep
 * pages cost what the first page costs (keyset paging).
 *
 * @param deletedAt  the last row's deletion time
 * @param entityName the last row's entity
 * @param id         the last row's id, as the id's own Java type
 */
public record TrashCursor(Instant deletedAt, String entityName, Object id) {

    public TrashCursor {
        Objects.requireNonNull(deletedAt, "deletedAt");
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(id, "id");
    }
}

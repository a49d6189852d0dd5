package dev.reprieve.core.spi.trash;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A request for one page of the trash: soft-deleted rows of the given sources, filtered and ordered.
 * Every filter is optional ({@code null}); the values are bound as parameters, never pasted into SQL.
 *
 * @param sources    the tables to read (already narrowed to the requested type)
 * @param from       deleted at or after this time
 * @param to         deleted before this time
 * @param deletedBy  deleted by exactly this user
 * @param text       label text contains this (ignoring case), or the id equals it
 * @param deletionId only rows of this delete operation (a cascade group)
 * @param order      newest or oldest first
 * @param after      keyset cursor: start after this row; {@code null} for the first page
 * @param offset     rows to skip (offset paging; prefer {@code after} for deep pages)
 * @param limit      rows per page
 * @param reason     the deletion reason contains this (ignoring case); a table without a reason column then
 *                   matches no row
 */
public record TrashQuery(List<TrashSource> sources, Instant from, Instant to, String deletedBy, String text,
        String deletionId, TrashOrder order, TrashCursor after, int offset, int limit, String reason) {

    /** A query without a reason filter. */
    public TrashQuery(List<TrashSource> sources, Instant from, Instant to, String deletedBy, String text,
            String deletionId, TrashOrder order, TrashCursor after, int offset, int limit) {
        this(sources, from, to, deletedBy, text, deletionId, order, after, offset, limit, null);
    }

    public TrashQuery {
        sources = List.copyOf(sources);
        Objects.requireNonNull(order, "order");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + ", " + limit);
        }
        if (text != null && text.isBlank()) {
            text = null;
        }
        if (deletedBy != null && deletedBy.isBlank()) {
            deletedBy = null;
        }
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
    }
}

package dev.reprieve.admin.internal.trash;

import dev.reprieve.core.spi.trash.TrashOrder;
import java.time.Instant;

/**
 * What a person or script asked the trash for, already parsed and checked; every field may be empty.
 *
 * @param type       an entity name (checked against the known types), or {@code null} for all
 * @param from       deleted at or after
 * @param to         deleted before
 * @param deletedBy  deleted by this user
 * @param text       label contains (or id equals)
 * @param deletionId one cascade group only
 * @param order      newest or oldest first
 * @param cursor     an opaque cursor from a previous page ({@link TrashPage#nextCursor()}), or {@code null}
 * @param page       0-based page number, for offset paging when no cursor is given
 * @param size       rows per page
 * @param reason     deletion reason contains (ignoring case); types without a reason column then match nothing
 */
public record TrashFilter(String type, Instant from, Instant to, String deletedBy, String text, String deletionId,
        TrashOrder order, String cursor, int page, int size, String reason) {

    public TrashFilter {
        if (order == null) {
            order = TrashOrder.NEWEST;
        }
        if (page < 0) {
            throw new BadRequestException("page must be 0 or more, got " + page);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadRequestException("'from' (" + from + ") must be before 'to' (" + to + ")");
        }
    }

    /** A filter without a reason filter. */
    public TrashFilter(String type, Instant from, Instant to, String deletedBy, String text, String deletionId,
            TrashOrder order, String cursor, int page, int size) {
        this(type, from, to, deletedBy, text, deletionId, order, cursor, page, size, null);
    }

    /**
     * Whether every row of every type matches: no type, time, deleter, text, group or reason is asked for (order and
     * paging do not change what matches). The per-type counts of such a page are then the whole trash's.
     */
    public boolean matchesWholeTrash() {
        return type == null && from == null && to == null && deletedBy == null && text == null && deletionId == null
                && reason == null;
    }

    /** The whole trash, newest first. */
    public static TrashFilter all(int size) {
        return new TrashFilter(null, null, null, null, null, null, TrashOrder.NEWEST, null, 0, size, null);
    }

    /** The rows of one cascade group. */
    public static TrashFilter group(String deletionId, int size) {
        return new TrashFilter(null, null, null, null, null, deletionId, TrashOrder.NEWEST, null, 0, size, null);
    }
}

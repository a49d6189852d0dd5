package dev.reprieve.admin.internal.web;

import dev.reprieve.admin.internal.trash.BadRequestException;
import dev.reprieve.admin.internal.trash.TrashFilter;
import dev.reprieve.core.spi.audit.AuditAction;
import dev.reprieve.core.spi.trash.TrashOrder;
import java.util.Locale;

/** Turns request parameters shared by the pages and the JSON API into checked values, with clear 400s. */
final class Params {

    private Params() {
    }

    static TrashFilter trash(String type, String from, String to, String deletedBy, String q, String sort, String cursor,
            int page, int size, String reason) {
        return new TrashFilter(blankToNull(type), TimeParam.from(from), TimeParam.to(to), blankToNull(deletedBy), blankToNull(q),
                null, order(sort), blankToNull(cursor), page, size, reason(reason));
    }

    static TrashOrder order(String sort) {
        if (sort == null || sort.isBlank()) {
            return TrashOrder.NEWEST;
        }
        return switch (sort.trim().toLowerCase(Locale.ROOT)) {
            case "newest", "deletedat,desc", "-deletedat" -> TrashOrder.NEWEST;
            case "oldest", "deletedat,asc", "deletedat" -> TrashOrder.OLDEST;
            default -> throw new BadRequestException("sort must be 'newest' or 'oldest', not '" + sort + "'");
        };
    }

    static AuditAction action(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(action.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("action must be one of deleted, restored, erased, purged; not '" + action + "'");
        }
    }

    /** The most characters a reason (given or searched for) may have: the history's reason column. */
    static final int MAX_REASON = dev.reprieve.core.spi.sql.AuditSql.REASON_LENGTH;

    /** A reason given with an action, or a reason filter: stripped, {@code null} when blank, at most {@link #MAX_REASON}. */
    static String reason(String reason) {
        String r = blankToNull(reason);
        if (r != null && r.length() > MAX_REASON) {
            throw new BadRequestException("reason must be at most " + MAX_REASON + " characters, got " + r.length());
        }
        return r;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package dev.reprieve.admin.internal.history;

import dev.reprieve.admin.internal.audit.AuditLog;
import dev.reprieve.core.spi.audit.AuditEvent;
import dev.reprieve.core.spi.audit.AuditQuery;
import java.util.List;

/**
 * Who deleted, restored, erased or purged what, when and why: the entries {@link dev.reprieve.admin.internal.trash.HistoryWriter} wrote from
 * Reprieve's events, one per operation, newest first, read with the query's filters; pages continue where the
 * previous page left it ({@link HistoryCursor}).
 */
public class DeletionHistory {

    private final AuditLog log;

    public DeletionHistory(AuditLog log) {
        this.log = log;
    }

    /** @return at most {@code query.limit()} events, newest first */
    public List<AuditEvent> find(AuditQuery query) {
        return page(query, null).events();
    }

    /**
     * @param cursor where to continue ({@link HistoryPage#nextCursor()}), or {@code null} for the newest events
     * @return the next {@code query.limit()} events, newest first, and where the page after them starts
     * @throws dev.reprieve.admin.internal.trash.BadRequestException for a cursor this history did not hand out
     */
    public HistoryPage page(AuditQuery query, String cursor) {
        HistoryCursor at = HistoryCursor.decode(cursor);
        int limit = query.limit();
        AuditQuery audit = at == null || at.auditAt() == null ? query.after(null, null, limit + 1)
                : query.after(at.auditAt(), at.auditId(), limit + 1);
        List<AuditEvent> events = log.find(audit);
        if (events.size() <= limit) {
            return new HistoryPage(events, null);
        }
        List<AuditEvent> shown = events.subList(0, limit);
        AuditEvent last = shown.get(limit - 1);
        return new HistoryPage(List.copyOf(shown), new HistoryCursor(last.at(), last.id(), null).encode());
    }
}

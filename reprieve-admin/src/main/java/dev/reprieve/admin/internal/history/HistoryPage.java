package dev.reprieve.admin.internal.history;

import dev.reprieve.core.spi.audit.AuditEvent;
import java.util.List;

/**
 * One page of the history, newest first.
 *
 * @param events     the page's events
 * @param nextCursor where the next (older) page starts, or {@code null} on the last page
 */
public record HistoryPage(List<AuditEvent> events, String nextCursor) {

    public HistoryPage {
        events = List.copyOf(events);
    }

    public boolean hasNext() {
        return nextCursor != null;
    }
}

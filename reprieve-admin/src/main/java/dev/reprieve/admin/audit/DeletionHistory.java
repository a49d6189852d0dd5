package dev.reprieve.admin.audit;

import dev.reprieve.admin.trash.TrashBrowser;
import dev.reprieve.admin.trash.TrashEntry;
import dev.reprieve.admin.trash.TrashFilter;
import dev.reprieve.core.audit.AuditAction;
import dev.reprieve.core.audit.AuditEvent;
import dev.reprieve.core.audit.AuditQuery;
import dev.reprieve.core.trash.TrashOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who deleted, restored, erased or purged what, and when: the rows now in the trash tell their own
 * deletion; the audit table tells the rest. Both are read with the same filters, newest first, and merged.
 */
public class DeletionHistory {

    private final AuditLog log;
    private final TrashBrowser trash;

    public DeletionHistory(AuditLog log, TrashBrowser trash) {
        this.log = log;
        this.trash = trash;
    }

    /** @return at most {@code query.limit()} events, newest first */
    public List<AuditEvent> find(AuditQuery query) {
        List<AuditEvent> events = new ArrayList<>(log.find(query));
        if (query.action() == null || query.action() == AuditAction.DELETED) {
            TrashFilter filter = new TrashFilter(query.entityName(), query.from(), query.to(), query.actor(), null, null,
                    TrashOrder.NEWEST, null, 0, query.limit());
            for (TrashEntry row : trash.page(filter).rows()) {
                events.add(new AuditEvent(null, row.deletedAt(), row.deletedBy(), AuditAction.DELETED, row.type(), row.id(),
                        row.deletionId(), row.label(), row.groupOthers() > 0 ? "with " + row.groupOthers() + " other row"
                                + (row.groupOthers() == 1 ? "" : "s") + " of its group (" + row.othersSummary() + ")" : null));
            }
        }
        events.sort(Comparator.comparing(AuditEvent::at).reversed());
        return events.size() > query.limit() ? events.subList(0, query.limit()) : events;
    }
}

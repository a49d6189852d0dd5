package dev.reprieve.admin.internal.history;

import dev.reprieve.admin.internal.audit.AuditLog;
import dev.reprieve.admin.internal.trash.TrashBrowser;
import dev.reprieve.admin.internal.trash.TrashEntry;
import dev.reprieve.admin.internal.trash.TrashFilter;
import dev.reprieve.admin.internal.trash.TrashPage;
import dev.reprieve.core.spi.audit.AuditAction;
import dev.reprieve.core.spi.audit.AuditEvent;
import dev.reprieve.core.spi.audit.AuditQuery;
import dev.reprieve.core.spi.trash.TrashOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who deleted, restored, erased or purged what, and when: the rows now in the trash tell their own
 * deletion; the audit table tells the rest. Both are read with the same filters, newest first, and merged;
 * pages continue in each source where the previous page left it ({@link HistoryCursor}).
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
        List<Item> items = new ArrayList<>();
        AuditQuery audit = at == null || at.auditAt() == null ? query.after(null, null, limit + 1)
                : query.after(at.auditAt(), at.auditId(), limit + 1);
        log.find(audit).forEach(e -> items.add(new Item(e, null)));
        boolean moreInTrash = false;
        if (query.action() == null || query.action() == AuditAction.DELETED) {
            TrashFilter filter = new TrashFilter(query.entityName(), query.from(), query.to(), query.actor(), null, null,
                    TrashOrder.NEWEST, at == null ? null : at.trashCursor(), 0, limit);
            TrashPage trashPage = trash.page(filter);
            moreInTrash = trashPage.hasNext();
            for (TrashEntry row : trashPage.rows()) {
                items.add(new Item(new AuditEvent(null, row.deletedAt(), row.deletedBy(), AuditAction.DELETED, row.type(),
                        row.id(), row.deletionId(), row.label(), row.groupOthers() > 0 ? "with " + row.groupOthers()
                                + " other row" + (row.groupOthers() == 1 ? "" : "s") + " of its group (" + row.othersSummary()
                                + ")" : null), row));
            }
        }
        // stable: at one time, audit entries stay before trash rows, on every page alike
        items.sort(Comparator.comparing((Item i) -> i.event().at()).reversed());
        boolean more = items.size() > limit || moreInTrash;
        List<Item> shown = items.size() > limit ? items.subList(0, limit) : items;
        if (!more || shown.isEmpty()) {
            return new HistoryPage(shown.stream().map(Item::event).toList(), null);
        }
        Instant auditAt = at == null ? null : at.auditAt();
        String auditId = at == null ? null : at.auditId();
        String trashCursor = at == null ? null : at.trashCursor();
        for (Item item : shown) {
            if (item.row() == null) {
                auditAt = item.event().at();
                auditId = item.event().id();
            } else {
                trashCursor = trash.cursorAfter(item.row());
            }
        }
        return new HistoryPage(shown.stream().map(Item::event).toList(), new HistoryCursor(auditAt, auditId, trashCursor).encode());
    }

    /** An event of the merged page, with the trash row it comes from (or {@code null} for an audit-table entry). */
    private record Item(AuditEvent event, TrashEntry row) {
    }
}

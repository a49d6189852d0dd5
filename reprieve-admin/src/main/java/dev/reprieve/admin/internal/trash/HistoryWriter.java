package dev.reprieve.admin.internal.trash;

import dev.reprieve.admin.internal.audit.AuditLog;
import dev.reprieve.core.event.Erased;
import dev.reprieve.core.event.EventIds;
import dev.reprieve.core.event.Purged;
import dev.reprieve.core.event.ReprieveListener;
import dev.reprieve.core.event.Restored;
import dev.reprieve.core.event.SoftDeleted;
import dev.reprieve.core.spi.audit.AuditAction;
import dev.reprieve.core.spi.audit.AuditEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one writer of the admin's history: every entry comes from a Reprieve event, whichever code ran the
 * operation (application code, the admin, the scheduled purge), one entry per operation with its rows per type
 * and its reason. Deletes, restores and erases are written inside their transaction, so an entry commits or rolls
 * back with its operation. An admin action runs {@link #as} to have its entry name the admin user (and, for an
 * erase, the label the admin confirmed); an erase by application code stores ids and counts only, never values.
 */
public class HistoryWriter implements ReprieveListener {

    /** What an admin action adds to the entry its event writes. */
    private record Action(String actor, String label, Map<String, long[]> purged) {
    }

    private final AuditLog log;
    private final TrashBrowser trash;
    private final ThreadLocal<Action> action = new ThreadLocal<>();

    public HistoryWriter(AuditLog log, TrashBrowser trash) {
        this.log = log;
        this.trash = trash;
    }

    /**
     * Runs an admin action: the entries its events write name {@code actor} (whatever the deleter provider says)
     * and, when given, {@code label}; purge batches inside it are summarised as one entry per type when it ends.
     */
    public <T> T as(String actor, String label, Supplier<T> work) {
        Action outer = action.get();
        Action current = new Action(actor, label, new LinkedHashMap<>());
        action.set(current);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                action.remove();
            } else {
                action.set(outer);
            }
            current.purged().forEach((type, rowsAndBatches) -> log.record(new AuditEvent(null, log.now(), actor,
                    AuditAction.PURGED, type, null, null, purgedLabel(rowsAndBatches[0]),
                    purgedLabel(rowsAndBatches[0]) + " in " + batches(rowsAndBatches[1]), null)));
        }
    }

    @Override
    public void softDeleted(SoftDeleted e) {
        String rowId = singleId(e.ids());
        String label = rowId == null ? null : trash.find(e.entityName(), rowId).map(TrashEntry::label).orElse(null);
        log.record(new AuditEvent(null, e.deletedAt(), actor(e.deletedBy()), AuditAction.DELETED, e.entityName(), rowId,
                e.deletionId(), label, detail(e.rows(), e.entityName(), rowId), e.reason()));
    }

    @Override
    public void restored(Restored e) {
        String rowId = singleId(e.ids());
        String label = rowId == null ? null : trash.find(e.entityName(), rowId).map(TrashEntry::label).orElse(null);
        String detail = detail(e.rows(), e.entityName(), rowId);
        // a row deleted before the history heard deletes: its deletion is written now, which the row forgets
        if (e.deletedAt() != null && (e.deletionId() == null || !log.hasDeletion(e.deletionId()))) {
            log.record(new AuditEvent(null, e.deletedAt(), e.deletedBy(), AuditAction.DELETED, e.entityName(), rowId,
                    e.deletionId(), label, detail, null));
        }
        log.record(new AuditEvent(null, e.restoredAt(), actor(e.restoredBy()), AuditAction.RESTORED, e.entityName(),
                rowId, e.deletionId(), label, detail, e.reason()));
    }

    @Override
    public void erased(Erased e) {
        Action admin = action.get();
        long total = e.total();
        String detail = total > 1 ? "with " + (total - 1) + " dependent row" + (total == 2 ? "" : "s") + " ("
                + ActionResult.describeOthers(new java.util.TreeMap<>(e.rows()), e.entityName()) + ")" : null;
        log.record(new AuditEvent(null, e.erasedAt(), actor(e.erasedBy()), AuditAction.ERASED, e.entityName(),
                singleId(e.ids()), null, admin == null ? null : admin.label(), detail, null));
    }

    @Override
    public void purged(Purged e) {
        Action admin = action.get();
        if (admin != null) {
            long[] sums = admin.purged().computeIfAbsent(e.entityName(), k -> new long[2]);
            sums[0] += e.rows();
            sums[1]++;
            return;
        }
        // a purge the admin did not start (the scheduled one): one entry per committed batch
        log.record(new AuditEvent(null, log.now(), null, AuditAction.PURGED, e.entityName(), null, null,
                purgedLabel(e.rows()), purgedLabel(e.rows()) + " in " + batches(1), null));
    }

    private String actor(String fromEvent) {
        Action admin = action.get();
        return admin != null ? admin.actor() : fromEvent;
    }

    private static String singleId(EventIds ids) {
        return ids.count() == 1 && ids.ids().size() == 1 ? String.valueOf(ids.ids().get(0)) : null;
    }

    /** The rows per type: the others of its group for one row, all of them for an operation of many. */
    private static String detail(Map<String, Long> rows, String type, String rowId) {
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> sorted = new java.util.TreeMap<>(rows);
        if (rowId == null) {
            return total + " row" + (total == 1 ? "" : "s") + " (" + ActionResult.describe(sorted) + ")";
        }
        long others = total - 1;
        return others > 0 ? "with " + others + " other row" + (others == 1 ? "" : "s") + " of its group ("
                + ActionResult.describeOthers(sorted, type) + ")" : null;
    }

    private static String purgedLabel(long rows) {
        return rows + " expired row" + (rows == 1 ? "" : "s");
    }

    private static String batches(long batches) {
        return batches + " batch" + (batches == 1 ? "" : "es");
    }
}

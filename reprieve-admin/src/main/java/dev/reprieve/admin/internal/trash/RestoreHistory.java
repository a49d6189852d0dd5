package dev.reprieve.admin.internal.trash;

import dev.reprieve.admin.internal.audit.AuditLog;
import dev.reprieve.core.RestoreEvent;
import dev.reprieve.core.RestoreListener;
import dev.reprieve.core.spi.audit.AuditAction;
import dev.reprieve.core.spi.audit.AuditEvent;
import java.util.function.Supplier;

/**
 * Writes every restore into the admin's history, wherever it was started (application code or the admin): the
 * deletion it undid, which the rows forget when they come back, and the restore itself with the group that came
 * back. The single writer of restore entries; runs inside the restore's transaction, so both commit together.
 */
public class RestoreHistory implements RestoreListener {

    private final AuditLog log;
    private final TrashBrowser trash;
    private final ThreadLocal<String> admin = new ThreadLocal<>();

    public RestoreHistory(AuditLog log, TrashBrowser trash) {
        this.log = log;
        this.trash = trash;
    }

    /** Runs restores for this admin user: their entries name that user, whatever the deleter provider says. */
    public <T> T restoringAs(String actor, Supplier<T> restores) {
        String outer = admin.get();
        admin.set(actor);
        try {
            return restores.get();
        } finally {
            if (outer == null) {
                admin.remove();
            } else {
                admin.set(outer);
            }
        }
    }

    @Override
    public void restored(RestoreEvent restore) {
        String rowId = String.valueOf(restore.id());
        String label = trash.find(restore.entityName(), rowId).map(TrashEntry::label).orElse(null);
        long others = restore.total() - 1;
        String detail = others > 0 ? "with " + others + " other row" + (others == 1 ? "" : "s") + " of its group ("
                + ActionResult.describeOthers(restore.rows(), restore.entityName()) + ")" : null;
        if (restore.deletedAt() != null) {
            log.record(new AuditEvent(null, restore.deletedAt(), restore.deletedBy(), AuditAction.DELETED,
                    restore.entityName(), rowId, restore.deletionId(), label, detail));
        }
        String actor = admin.get() != null ? admin.get() : restore.restoredBy();
        log.record(new AuditEvent(null, restore.restoredAt(), actor, AuditAction.RESTORED, restore.entityName(), rowId,
                restore.deletionId(), label, detail));
    }
}

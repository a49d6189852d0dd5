package dev.reprieve.hibernate;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.SecondDeletePolicy;
import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventSource;

/**
 * Turns {@code EntityManager.remove} (and every path that ends in it: {@code deleteById}, cascades,
 * orphan removal) into a soft delete for soft-deletable entities. Other entities, and code running
 * inside {@link HardDeletes}, get Hibernate's own delete. A delete that arrives while Hibernate flushes or
 * cascades (orphan removal) cannot flush first, so it waits for that flush ({@link DeferredDeletes}).
 */
final class SoftDeleteEventListener implements DeleteEventListener {

    private final SoftDeleteOperations operations;
    private final SecondDeletePolicy secondDelete;
    private final DeferredDeletes deferred;
    private final List<DeleteEventListener> delegates;

    SoftDeleteEventListener(ReprieveRuntime runtime, DeferredDeletes deferred, List<DeleteEventListener> delegates) {
        this.operations = runtime.operations();
        this.secondDelete = runtime.secondDeletePolicy();
        this.deferred = deferred;
        this.delegates = delegates;
    }

    @Override
    public void onDelete(DeleteEvent event) throws HibernateException {
        if (!softDelete(event)) {
            delegates.forEach(d -> d.onDelete(event));
        }
    }

    @Override
    public void onDelete(DeleteEvent event, DeleteContext transientEntities) throws HibernateException {
        if (!softDelete(event)) {
            delegates.forEach(d -> d.onDelete(event, transientEntities));
        }
    }

    /** @return whether the delete was handled as a soft delete */
    private boolean softDelete(DeleteEvent event) {
        Object entity = event.getObject();
        if (HardDeletes.allowed() || entity == null || !operations.isSoftDeletable(Hibernate.getClass(entity))) {
            return false;
        }
        EventSource session = event.getEventSource();
        PersistenceContext context = session.getPersistenceContextInternal();
        Object instance = context.unproxy(entity);
        EntityEntry entry = context.getEntry(instance);
        if (entry == null) {
            return false; // transient or detached: Hibernate reports it as it always does
        }
        EntityColumns columns = operations.columns(Hibernate.getClass(instance));
        if (columns.loadedDeletedAt(entry) != null) { // the row, not just the instance waiting for a flush
            if (secondDelete == SecondDeletePolicy.HARD_DELETE) {
                operations.hardDelete(session, instance);
            }
            return true;
        }
        if (context.isFlushing() || context.getCascadeLevel() > 0) {
            deferred.defer(session, instance, entry);
        } else {
            operations.softDelete(session, Hibernate.getClass(instance), List.of(entry.getId()));
        }
        return true;
    }
}

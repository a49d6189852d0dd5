package dev.reprieve.hibernate.internal;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.PlainParentCascadeException;
import dev.reprieve.core.SecondDeletePolicy;
import dev.reprieve.hibernate.internal.JdbcExecutor.Bind;
import dev.reprieve.hibernate.internal.RelationReader.PlainCascade;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Turns {@code EntityManager.remove} (and every path that ends in it: {@code deleteById}, cascades,
 * orphan removal) into a soft delete for soft-deletable entities. Other entities, and code running
 * inside {@link HardDeletes}, get Hibernate's own delete. A delete that arrives while Hibernate flushes or
 * cascades (orphan removal) cannot flush first, so it waits for that flush ({@link DeferredDeletes}).
 * A plain entity whose JPA cascade would soft-delete rows that reference it is refused here, before anything
 * changes, rather than by the database's foreign-key error at the flush.
 */
final class SoftDeleteEventListener implements DeleteEventListener {

    private final DefaultSoftDeleteOperations operations;
    private final SecondDeletePolicy secondDelete;
    private final DeferredDeletes deferred;
    private final List<DeleteEventListener> delegates;
    private final DefaultReprieveRuntime runtime;
    private final Map<String, List<PlainCascade>> plainCascades;

    SoftDeleteEventListener(DefaultReprieveRuntime runtime, DeferredDeletes deferred, List<DeleteEventListener> delegates,
            Map<String, List<PlainCascade>> plainCascades) {
        this.runtime = runtime;
        this.plainCascades = Map.copyOf(plainCascades);
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
        if (HardDeletes.allowed() || entity == null) {
            return false;
        }
        if (!operations.isSoftDeletable(Hibernate.getClass(entity))) {
            refuseCascadeIntoSoftDeletable(event.getEventSource(), entity);
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

    /** @throws PlainParentCascadeException when the plain entity's cascade would reach rows referencing it */
    private void refuseCascadeIntoSoftDeletable(EventSource session, Object entity) {
        if (plainCascades.isEmpty()) {
            return;
        }
        EntityPersister persister = session.getEntityPersister(null, entity);
        List<PlainCascade> cascades = plainCascades.get(persister.getEntityName());
        if (cascades == null) {
            return;
        }
        Object id = persister.getIdentifier(entity, session);
        if (id == null) {
            return;
        }
        PersistenceContext context = session.getPersistenceContextInternal();
        if (!context.isFlushing() && context.getCascadeLevel() == 0) {
            session.flush(); // children removed earlier in this unit of work no longer count
        }
        for (PlainCascade cascade : cascades) {
            long rows = JdbcExecutor.query(session, runtime.dialect().countReferencing(cascade.childTable(),
                    cascade.foreignKeyColumn(), new Bind(persister.getIdentifierMapping().getSingleJdbcMapping(), id)),
                    (rs, ses) -> rs.getLong(1)).get(0);
            if (rows > 0) {
                throw new PlainParentCascadeException(cascade.owner(), id, cascade.name(), cascade.childEntity(), rows);
            }
        }
    }
}

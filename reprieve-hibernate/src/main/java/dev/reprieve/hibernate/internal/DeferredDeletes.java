package dev.reprieve.hibernate.internal;

import dev.reprieve.core.RestrictedDeleteException;
import dev.reprieve.hibernate.internal.DefaultSoftDeleteOperations.Stamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.Status;

/**
 * Soft deletes that arrive while Hibernate flushes or cascades, above all orphan removal (Hibernate deletes
 * orphans in the cascade phase at the start of a flush), where Reprieve may neither flush nor run its SQL
 * yet. The instance is stamped in memory and the flush's dirty check writes its row; the rest of the delete
 * (cascade, RESTRICT, DETACH, syncing loaded instances) runs by {@link #afterFlush} as soon as that flush
 * has executed, inside it: after its inserts and moves of children, which a cascade run in the delete event
 * would miss, and before the transaction can commit or a query read.
 */
public final class DeferredDeletes {

    /** One stamped row waiting for its flush; its stamp holds the reason given when its delete arrived. */
    private record Pending(EntityColumns entity, Object id, Stamp stamp) {
    }

    private final DefaultSoftDeleteOperations operations;
    /** Weak keys: a session that is closed or dropped mid-transaction takes its waiting rows with it. */
    private final Map<SessionImplementor, Map<String, Pending>> bySession =
            Collections.synchronizedMap(new WeakHashMap<>());
    /** Entries in {@link #bySession}, or more: lets every flush of every session skip the lock while none wait. */
    private final AtomicInteger sessions = new AtomicInteger();

    DeferredDeletes(DefaultSoftDeleteOperations operations) {
        this.operations = operations;
    }

    /** Stamps a managed instance in memory and completes its delete after the next flush. */
    void defer(SessionImplementor session, Object instance, EntityEntry entry) {
        EntityColumns entity = operations.columns(entry.getPersister().getMappedClass());
        Stamp stamp = operations.stampManaged(instance);
        bySession.computeIfAbsent(session, s -> {
            sessions.incrementAndGet();
            return new LinkedHashMap<>();
        }).putIfAbsent(entity.table().entityName() + "#" + entry.getId(), new Pending(entity, entry.getId(), stamp));
    }

    /** @return whether deletes of this session wait for a flush */
    boolean waiting(SessionImplementor session) {
        Map<String, Pending> pending = sessions.get() == 0 ? null : bySession.get(session);
        return pending != null && !pending.isEmpty();
    }

    /**
     * Completes the waiting deletes of the session, to be called right after a flush executed. A row whose
     * instance left the persistence context before the flush was never written and is dropped.
     *
     * @throws RestrictedDeleteException when a RESTRICT relationship blocks one; that one is undone, the
     *         others complete
     */
    void afterFlush(SessionImplementor session) {
        Map<String, Pending> pending = sessions.get() == 0 ? null : bySession.remove(session);
        if (pending == null) {
            return;
        }
        sessions.decrementAndGet();
        List<Pending> due = new ArrayList<>();
        for (Pending p : pending.values()) {
            if (stillStamped(session, p)) {
                due.add(p);
            }
        }
        RestrictedDeleteException failure = null;
        for (Pending p : due) {
            try {
                operations.completeStamped(session, p.entity(), p.id(), p.stamp());
            } catch (RestrictedDeleteException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static boolean stillStamped(SessionImplementor session, Pending p) {
        var context = session.getPersistenceContextInternal();
        Object instance = context.getEntity(session.generateEntityKey(p.id(), p.entity().persister()));
        EntityEntry entry = instance == null ? null : context.getEntry(instance);
        return entry != null && entry.getStatus() != Status.DELETED && entry.getStatus() != Status.GONE
                && p.stamp().operation().equals(p.entity().deletionIdOf(instance));
    }
}

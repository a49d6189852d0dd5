package dev.reprieve.hibernate;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.NotDeletedException;
import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.core.SecondDeletePolicy;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.Visibility;
import dev.reprieve.hibernate.JdbcExecutor.Bind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Soft delete, restore and hard delete for one persistence unit, as set-based SQL on the session's
 * connection. Every method flushes pending changes first and leaves the persistence context consistent:
 * instances whose rows changed are evicted, so a stale copy can never be written back.
 */
public final class SoftDeleteOperations {

    /** Ids per statement: keeps IN lists within every database's limits. */
    static final int MAX_IDS_PER_STATEMENT = 1000;

    private final ReprieveRuntime runtime;
    private final Map<Class<?>, EntityColumns> columns = new ConcurrentHashMap<>();

    SoftDeleteOperations(ReprieveRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Soft-deletes the rows with these ids, one UPDATE per thousand ids. Rows already deleted keep their
     * first deletion, unless the second-delete policy says to erase them.
     *
     * @return how many rows changed
     */
    public int softDelete(Session session, Class<?> type, Collection<?> ids) {
        EntityColumns entity = columns(type);
        if (ids.isEmpty()) {
            return 0;
        }
        SessionImplementor s = session.unwrap(SessionImplementor.class);
        s.flush();
        int erased = 0;
        if (runtime.secondDeletePolicy() == SecondDeletePolicy.HARD_DELETE) {
            erased = eraseAlreadyDeleted(s, entity, ids);
        }
        Stamp stamp = newStamp();
        int marked = 0;
        for (List<?> chunk : chunks(ids)) {
            List<Bind> binds = stamp.binds(entity);
            chunk.forEach(id -> binds.add(new Bind(entity.id(), id)));
            marked += JdbcExecutor.update(s, runtime.dialect().markDeletedByIds(entity.table(), chunk.size()), binds);
        }
        evict(s, entity, ids, stamp);
        return marked + erased;
    }

    /** Soft-deletes every alive row of the type in one UPDATE. @return how many rows changed */
    public int softDeleteAll(Session session, Class<?> type) {
        EntityColumns entity = columns(type);
        SessionImplementor s = session.unwrap(SessionImplementor.class);
        s.flush();
        Stamp stamp = newStamp();
        int marked = JdbcExecutor.update(s, runtime.dialect().markAllDeleted(entity.table()), stamp.binds(entity));
        evict(s, entity, null, stamp);
        return marked;
    }

    /**
     * Restores a deleted row, and with it everything its delete operation marked.
     *
     * @throws RowNotFoundException when no row has this id
     * @throws NotDeletedException when the row is alive; nothing changes then
     * @throws dev.reprieve.core.RestoreConflictException when alive rows hold unique-when-alive values of the
     *         rows to restore; nothing changes then
     */
    public <T> T restore(Session session, Class<T> type, Object id) {
        EntityColumns entity = columns(type);
        SessionImplementor s = session.unwrap(SessionImplementor.class);
        s.flush();
        List<Object[]> state = JdbcExecutor.query(s, runtime.dialect().selectDeletionState(entity.table()),
                List.of(new Bind(entity.id(), id)),
                (rs, ses) -> new Object[] {
                    entity.deletedAt().getJdbcValueExtractor().extract(rs, 1, ses),
                    entity.deletionId().getJdbcValueExtractor().extract(rs, 2, ses)});
        if (state.isEmpty()) {
            throw new RowNotFoundException(entity.table().entityName(), id);
        }
        if (state.get(0)[0] == null) {
            throw new NotDeletedException(entity.table().entityName(), id);
        }
        String operation = (String) state.get(0)[1];
        RestoreConflictChecker conflicts = runtime.restoreConflicts();
        if (operation == null) {
            conflicts.checkRow(s, entity.table(), id);
            conflicts.translating(() -> JdbcExecutor.update(s, runtime.dialect().restoreById(entity.table()),
                    List.of(new Bind(entity.id(), id))));
            evict(s, entity, List.of(id), null);
        } else {
            conflicts.checkGroup(s, operation);
            for (SoftDeleteTable table : runtime.model().tables()) {
                EntityColumns member = columns(table.javaType());
                conflicts.translating(() -> JdbcExecutor.update(s, runtime.dialect().restoreGroup(table),
                        List.of(new Bind(member.deletionId(), operation))));
                evictGroup(s, member, operation);
            }
        }
        return VisibilityScope.call(session, Visibility.ALIVE, () -> session.find(type, id));
    }

    /** Loads a row whether it is alive or deleted. */
    public <T> Optional<T> findIncludingDeleted(Session session, Class<T> type, Object id) {
        columns(type);
        return Optional.ofNullable(VisibilityScope.call(session, Visibility.ALL, () -> session.find(type, id)));
    }

    /**
     * Removes a row for good, with Hibernate's own cascades and join-table cleanup, inside
     * {@link HardDeletes} so the guard lets the {@code DELETE} through.
     */
    public void hardDelete(Session session, Object entity) {
        Class<?> type = Hibernate.getClass(entity);
        EntityColumns columns = columns(type);
        Object id = columns.persister().getIdentifier(entity, session.unwrap(SessionImplementor.class));
        hardDeleteById(session, type, id);
    }

    /** @throws RowNotFoundException when no row, alive or deleted, has this id */
    public void hardDeleteById(Session session, Class<?> type, Object id) {
        EntityColumns entity = columns(type);
        HardDeletes.run(() -> VisibilityScope.call(session, Visibility.ALL, () -> {
            Object managed = session.find(type, id);
            if (managed == null) {
                throw new RowNotFoundException(entity.table().entityName(), id);
            }
            session.remove(managed);
            session.flush();
            return null;
        }));
    }

    /** Marks a managed instance as deleted in memory, for deletes that arrive while Hibernate is flushing. */
    void stampManaged(Object entity) {
        EntityColumns columns = columns(Hibernate.getClass(entity));
        if (columns.deletedAtOf(entity) == null) {
            Stamp stamp = newStamp();
            columns.stamp(entity, stamp.at(), stamp.by(), stamp.operation());
        }
    }

    boolean isSoftDeletable(Class<?> type) {
        return runtime.model().isSoftDeletable(type);
    }

    EntityColumns columns(Class<?> type) {
        SoftDeleteTable table = runtime.model().require(type);
        return columns.computeIfAbsent(table.javaType(), t -> EntityColumns.of(table,
                runtime.sessionFactory().getMappingMetamodel().getEntityDescriptor(t)));
    }

    private int eraseAlreadyDeleted(SessionImplementor s, EntityColumns entity, Collection<?> ids) {
        Set<String> wanted = keys(ids);
        List<Object> deleted = new ArrayList<>();
        VisibilityScope.call(s, Visibility.DELETED, () -> {
            for (List<?> chunk : chunks(ids)) {
                deleted.addAll(s.byMultipleIds(entity.table().javaType()).multiLoad(chunk));
            }
            return null;
        });
        int erased = 0;
        for (Object row : deleted) {
            if (row != null && entity.deletedAtOf(row) != null
                    && wanted.contains(String.valueOf(entity.persister().getIdentifier(row, s)))) {
                hardDelete(s, row);
                erased++;
            }
        }
        return erased;
    }

    /** Detaches the instances whose rows just changed, and shows the new state on them. */
    private void evict(SessionImplementor s, EntityColumns entity, Collection<?> ids, Stamp stamp) {
        Set<String> wanted = ids == null ? null : keys(ids);
        for (Map.Entry<Object, EntityEntry> e : s.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
            EntityEntry entry = e.getValue();
            if (entry.getPersister() != entity.persister() && !entity.persister().isSubclassEntityName(entry.getEntityName())) {
                continue;
            }
            if (wanted != null && !wanted.contains(String.valueOf(entry.getId()))) {
                continue;
            }
            Object instance = e.getKey();
            s.evict(instance);
            if (stamp != null && entity.deletedAtOf(instance) == null) {
                entity.stamp(instance, stamp.at(), stamp.by(), stamp.operation());
            } else if (stamp == null) {
                entity.stamp(instance, null, null, null);
            }
        }
    }

    private void evictGroup(SessionImplementor s, EntityColumns entity, String operation) {
        for (Map.Entry<Object, EntityEntry> e : s.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
            if (entity.persister().isSubclassEntityName(e.getValue().getEntityName())
                    && operation.equals(entity.deletionIdOf(e.getKey()))) {
                s.evict(e.getKey());
                entity.stamp(e.getKey(), null, null, null);
            }
        }
    }

    private Stamp newStamp() {
        return new Stamp(runtime.now(), runtime.currentDeleter(), UUID.randomUUID().toString());
    }

    private static Set<String> keys(Collection<?> ids) {
        Set<String> keys = new HashSet<>();
        ids.forEach(id -> keys.add(String.valueOf(id)));
        return keys;
    }

    static List<List<?>> chunks(Collection<?> ids) {
        List<Object> all = new ArrayList<>(ids);
        List<List<?>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_IDS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX_IDS_PER_STATEMENT)));
        }
        return chunks;
    }

    /** One delete operation's values: when, by whom, and its id. */
    record Stamp(Instant at, String by, String operation) {
        List<Bind> binds(EntityColumns entity) {
            List<Bind> binds = new ArrayList<>();
            binds.add(new Bind(entity.deletedAt(), at));
            binds.add(new Bind(entity.deletedBy(), by));
            binds.add(new Bind(entity.deletionId(), operation));
            return binds;
        }
    }
}

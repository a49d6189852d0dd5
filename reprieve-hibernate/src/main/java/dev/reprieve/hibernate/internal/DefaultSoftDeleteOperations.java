package dev.reprieve.hibernate.internal;

import dev.reprieve.core.DeletionReasons;
import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.NotDeletedException;
import dev.reprieve.core.RestoreEvent;
import dev.reprieve.core.RestrictedDeleteException;
import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.core.SecondDeletePolicy;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.Visibility;
import dev.reprieve.core.cascade.DeletionPreview;
import dev.reprieve.core.spi.Arguments;
import dev.reprieve.core.spi.sql.InLists;
import dev.reprieve.hibernate.SoftDeleteOperations;
import dev.reprieve.hibernate.VisibilityScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.persister.entity.SingleTableEntityPersister;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The {@link SoftDeleteOperations} of one persistence unit, plus what Reprieve's own Hibernate listeners need
 * beyond the user-facing operations: deletes stamped in memory during a flush and completed after it, and each
 * entity's columns.
 */
public final class DefaultSoftDeleteOperations implements SoftDeleteOperations {

    private final RuntimeContext context;
    private final CascadeExecutor cascades;
    private final GroupRestorer restorer;
    private final TreeLocks locks;
    private final CascadePlan plan;
    private final TrashUnder trash;
    private final OperationEvents events;

    /** Built by {@link RuntimeAssembler}, which creates the parts and hands them in. */
    DefaultSoftDeleteOperations(RuntimeContext context, CascadePlan plan, CascadeExecutor cascades, TreeLocks locks,
            GroupRestorer restorer, TrashUnder trash, OperationEvents events) {
        this.context = context;
        this.plan = plan;
        this.cascades = cascades;
        this.locks = locks;
        this.restorer = restorer;
        this.trash = trash;
        this.events = events;
    }

    /**
     * Soft-deletes the rows with these ids, one UPDATE per thousand ids, then their dependents as the
     * relationships say (see {@link dev.reprieve.core.OnSoftDelete}); all share one deletion id. Rows already
     * deleted keep their first deletion, unless the second-delete policy says to erase them.
     *
     * @throws dev.reprieve.core.RestrictedDeleteException when a RESTRICT relationship blocks; nothing changes
     * @return how many rows changed
     */
    @Override
    public int softDelete(Session session, Class<?> type, Collection<?> ids) {
        return softDeleteIds(session, type, checkedIds(session, type, ids)).changed();
    }

    /**
     * Soft-deletes these instances' rows like {@link #softDelete(Session, Class, Collection)}, and shows the
     * deletion on the instances themselves, managed or not: each carries its row's deletion time, deleter and
     * deletion id afterwards (a row deleted earlier keeps, and shows, its first deletion).
     *
     * @return how many rows changed
     */
    @Override
    public int softDeleteInstances(Session session, Class<?> type, Collection<?> instances) {
        Arguments.requireNonNull(session, "session");
        EntityColumns entity = columns(Arguments.requireNonNull(type, "type"));
        SessionImplementor s = session.unwrap(SessionImplementor.class);
        Map<Object, Object> byId = new java.util.LinkedHashMap<>();
        for (Object instance : Arguments.requireNoNulls(instances, "entities")) {
            Object id = entity.persister().getIdentifier(instance, s);
            if (id != null) {
                byId.put(id, instance);
            }
        }
        Deleted deleted = softDeleteIds(session, type, List.copyOf(byId.keySet()));
        showDeletion(s, entity, byId, deleted.stamp());
        return deleted.changed();
    }

    /** What one delete by ids did: how many rows changed, and the mark it gave them (null when no row was asked). */
    private record Deleted(int changed, Stamp stamp) {
    }

    private Deleted softDeleteIds(Session session, Class<?> type, List<?> asked) {
        EntityColumns entity = columns(type);
        if (asked.isEmpty()) {
            return new Deleted(0, null);
        }
        String reason = checkedReason(entity.table(), DeletionReasons.current());
        SessionImplementor s = session.unwrap(SessionImplementor.class);
        s.flush();
        // another tenant's row, or one an enabled filter hides, is not the caller's to delete
        List<?> ids = SessionRows.visible(s, entity, asked, context.dialect());
        if (ids.isEmpty()) {
            return new Deleted(0, null);
        }
        int erased = 0;
        if (context.secondDeletePolicy() == SecondDeletePolicy.HARD_DELETE) {
            erased = events.asOneErase(entity.table().entityName(), () -> eraseAlreadyDeleted(s, entity, ids));
        }
        Stamp stamp = newStamp(reason);
        int marked = 0;
        lockBeforeMarking(s, entity.table(), ids);
        for (List<?> chunk : InLists.chunks(ids, context.dialect())) {
            marked += JdbcExecutor.update(s, entity.markByIds(context.dialect(), stamp.at(), stamp.by(),
                    stamp.operation(), stamp.reason(), chunk));
        }
        Map<String, Long> cascaded = marked > 0 ? cascades.afterRootsMarked(s, entity.table(), stamp) : Map.of();
        evict(s, entity, ids, stamp);
        events.softDeleted(s, entity, ids, marked, cascaded, stamp, stamp.reason());
        return new Deleted(marked + erased, stamp);
    }

    /**
     * Takes the locks a delete needs before it marks rows. Several rows, or one row whose delete cascades below
     * it while it has parents above, lock their ancestors and themselves in one global order (one UPDATE locks
     * rows in whatever order the database scans them). One row otherwise needs only its own lock, which its
     * UPDATE takes as its first lock anyway: a separate lock only where that UPDATE would test the row as an
     * older snapshot saw it, missing a row a concurrent restore is bringing back. Rows with neither parents
     * nor cascades are not locked.
     */
    private void lockBeforeMarking(SessionImplementor s, SoftDeleteTable table, List<?> ids) {
        boolean cascades = this.cascades.cascades(table);
        boolean hasParents = !plan.parentChecks(table).isEmpty();
        if (!cascades && !hasParents) {
            return;
        }
        if (ids.size() > 1 || (cascades && hasParents)) {
            locks.lock(s, table, ids);
        } else if (!context.dialect().updateRereadsChangedRows()) {
            locks.lockRows(s, table, ids);
        }
    }

    /** Soft-deletes every alive row of the type in one UPDATE. @return how many rows changed */
    @Override
    public int softDeleteAll(Session session, Class<?> type) {
        Arguments.requireNonNull(session, "session");
        EntityColumns entity = columns(Arguments.requireNonNull(type, "type"));
        String reason = checkedReason(entity.table(), DeletionReasons.current());
        SessionImplementor s = session.unwrap(SessionImplementor.class);
        s.flush();
        if (SessionRows.restricted(s, entity)) {
            // every row the session sees, not every tenant's: by ids, as a delete by ids does
            return softDeleteIds(session, type, SessionRows.aliveIds(s, entity)).changed();
        }
        Stamp stamp = newStamp(reason);
        int marked = JdbcExecutor.update(s,
                entity.markAll(context.dialect(), stamp.at(), stamp.by(), stamp.operation(), stamp.reason()));
        Map<String, Long> cascaded = marked > 0 ? cascades.afterRootsMarked(s, entity.table(), stamp) : Map.of();
        evict(s, entity, null, stamp);
        events.softDeleted(s, entity, null, marked, cascaded, stamp, stamp.reason());
        return marked;
    }

    @Override
    public <T> int softDeleteMatching(Session session, Class<T> type, BiFunction<Root<T>, CriteriaBuilder, Predicate> where) {
        Arguments.requireNonNull(session, "session");
        EntityColumns entity = columns(Arguments.requireNonNull(type, "type"));
        Arguments.requireNonNull(where, "where");
        SessionImplementor s = session.unwrap(SessionImplementor.class);
        if (!markableByCondition(entity) || SessionRows.restricted(s, entity)) {
            // a tenant's or a filtered session's rows go by the ids it can see, as a delete by ids does
            return softDeleteIds(session, type, matchingIds(s, type, entity, where)).changed();
        }
        String reason = checkedReason(entity.table(), DeletionReasons.current());
        s.flush();
        Stamp stamp = newStamp(reason);
        CriteriaBuilder cb = s.getCriteriaBuilder();
        CriteriaUpdate<T> update = cb.createCriteriaUpdate(type);
        Root<T> root = update.from(type);
        Path<Instant> deletedAt = root.get(SoftDeleteMappingReader.DELETED_AT);
        update.set(deletedAt, stamp.at());
        update.set(root.<String>get(SoftDeleteMappingReader.DELETED_BY),
                stamp.by() == null ? cb.nullLiteral(String.class) : cb.literal(stamp.by()));
        update.set(root.<String>get(SoftDeleteMappingReader.DELETION_ID), stamp.operation());
        if (entity.deletionReason() != null) {
            update.set(root.<String>get(SoftDeleteMappingReader.DELETION_REASON),
                    reason == null ? cb.nullLiteral(String.class) : cb.literal(reason));
        }
        Predicate condition = where.apply(root, cb);
        update.where(condition == null ? cb.isNull(deletedAt) : cb.and(condition, cb.isNull(deletedAt)));
        int marked = s.createMutationQuery(update).executeUpdate();
        if (marked > 0 && loaded(s, entity)) {
            evict(s, entity, CascadeExecutor.ids(s, context.dialect().selectIdsOfOperation(entity.table(),
                    entity.deletionIdValue(stamp.operation()))), stamp);
        }
        events.softDeleted(s, entity, null, marked, Map.of(), stamp, stamp.reason());
        return marked;
    }

    /**
     * Whether a delete of this type is its rows' mark alone: no cascade, no parent whose rows must be locked
     * first, no second delete to erase, and one table, so one UPDATE with the caller's condition does it all.
     */
    private boolean markableByCondition(EntityColumns entity) {
        return !cascades.cascades(entity.table()) && plan.parentChecks(entity.table()).isEmpty()
                && context.secondDeletePolicy() != SecondDeletePolicy.HARD_DELETE
                && entity.persister() instanceof SingleTableEntityPersister single && single.getTableSpan() == 1;
    }

    /** The ids of the rows {@code where} selects: one query reading ids only. */
    private static <T> List<?> matchingIds(SessionImplementor s, Class<T> type, EntityColumns entity,
            BiFunction<Root<T>, CriteriaBuilder, Predicate> where) {
        CriteriaBuilder cb = s.getCriteriaBuilder();
        CriteriaQuery<Object> query = cb.createQuery(Object.class);
        Root<T> root = query.from(type);
        query.select(root.get(entity.persister().getIdentifierPropertyName()));
        Predicate condition = where.apply(root, cb);
        if (condition != null) {
            query.where(condition);
        }
        return s.createQuery(query).getResultList();
    }

    /** @return whether the persistence context holds an instance of this type */
    private static boolean loaded(SessionImplementor s, EntityColumns entity) {
        for (Map.Entry<Object, EntityEntry> e : s.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
            EntityEntry entry = e.getValue();
            if (entry.getPersister() == entity.persister() || entity.persister().isSubclassEntityName(entry.getEntityName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Restores a deleted row, and with it exactly the rows its delete operation marked. Refused while a
     * parent it depends on is still deleted. The runtime's {@link dev.reprieve.core.RestoreListener}s hear of
     * it before this returns, in the same transaction.
     *
     * @throws RowNotFoundException when no row has this id
     * @throws NotDeletedException when the row is alive; nothing changes then
     * @throws dev.reprieve.core.ParentDeletedException when a parent is still deleted; nothing changes then
     * @throws dev.reprieve.core.RestoreConflictException when alive rows hold unique-when-alive values of the
     *         rows to restore; nothing changes then
     */
    @Override
    public <T> T restore(Session session, Class<T> type, Object id) {
        return restore(session, type, id, false);
    }

    /**
     * Like {@link #restore(Session, Class, Object)}; with {@code withParents} a deleted parent chain is
     * restored first (each parent with its own delete operation) instead of refusing.
     */
    @Override
    public <T> T restore(Session session, Class<T> type, Object id, boolean withParents) {
        return restore(session, type, id, withParents, null);
    }

    /**
     * Like {@link #restore(Session, Class, Object, boolean)}, saying why: the reason (stripped; blank counts as
     * none) travels in the {@link dev.reprieve.core.event.Restored} event and the {@link RestoreEvent}.
     */
    @Override
    public <T> T restore(Session session, Class<T> type, Object id, boolean withParents, String reason) {
        Arguments.requireNonNull(session, "session");
        EntityColumns entity = columns(Arguments.requireNonNull(type, "type"));
        Arguments.requireNonNull(id, "id");
        SessionImplementor s = session.unwrap(SessionImplementor.class);
        s.flush();
        GroupRestorer.Restored done = restorer.restore(s, entity, id, withParents);
        GroupRestorer.State undone = done.undone();
        Instant restoredAt = context.now();
        String restoredBy = context.currentDeleter();
        String why = DeletionReasons.normalize(reason);
        context.restored(new RestoreEvent(entity.table().entityName(), id, undone.operation(), undone.deletedAt(),
                undone.deletedBy(), restoredAt, restoredBy, done.rows(), why));
        events.restored(entity, id, done, restoredBy, restoredAt, why);
        return VisibilityScope.call(session, Visibility.ALIVE, () -> session.find(type, id));
    }

    /**
     * What soft-deleting this row would do, without doing it: alive rows that would go with it, by entity
     * name, and any RESTRICT relationship that would refuse it. Needs an active read-write transaction.
     *
     * @throws RowNotFoundException when no row, alive or deleted, has this id
     */
    @Override
    public DeletionPreview previewDeletion(Session session, Class<?> type, Object id) {
        Arguments.requireNonNull(session, "session");
        EntityColumns entity = columns(Arguments.requireNonNull(type, "type"));
        Arguments.requireNonNull(id, "id");
        SessionImplementor s = session.unwrap(SessionImplementor.class);
        s.flush();
        SessionRows.require(s, entity, id, context.dialect());
        if (JdbcExecutor.query(s, context.dialect().selectDeletionState(entity.table(), entity.idValue(id)),
                (rs, ses) -> Boolean.TRUE).isEmpty()) {
            throw new RowNotFoundException(entity.table().entityName(), id);
        }
        DeletionPreview preview = cascades.preview(s, entity, List.of(id));
        return new DeletionPreview(preview.entityName(), preview.cascaded(), preview.blocks(),
                trash.find(s, entity.table(), id).counts());
    }

    /** Loads a row whether it is alive or deleted. */
    @Override
    public <T> Optional<T> findIncludingDeleted(Session session, Class<T> type, Object id) {
        Arguments.requireNonNull(session, "session");
        columns(Arguments.requireNonNull(type, "type"));
        Arguments.requireNonNull(id, "id");
        return Optional.ofNullable(VisibilityScope.call(session, Visibility.ALL, () -> session.find(type, id)));
    }

    /**
     * Removes a row for good, with Hibernate's own cascades and join-table cleanup, inside
     * {@link HardDeletes} so the guard lets the {@code DELETE} through. Soft-deleted rows under it through
     * CASCADE relationships are in the trash already and are removed with it, deepest first.
     *
     * @throws RestrictedDeleteException when soft-deleted rows reference it through a RESTRICT relationship;
     *         nothing changes then
     */
    @Override
    public void hardDelete(Session session, Object entity) {
        Arguments.requireNonNull(session, "session");
        Arguments.requireNonNull(entity, "entity");
        Class<?> type = Hibernate.getClass(entity);
        EntityColumns columns = columns(type);
        Object id = columns.persister().getIdentifier(entity, session.unwrap(SessionImplementor.class));
        hardDeleteById(session, type, id);
    }

    /**
     * Like {@link #hardDelete(Session, Object)}, by id.
     *
     * @throws RowNotFoundException when no row, alive or deleted, has this id
     */
    @Override
    public void hardDeleteById(Session session, Class<?> type, Object id) {
        Arguments.requireNonNull(session, "session");
        EntityColumns entity = columns(Arguments.requireNonNull(type, "type"));
        Arguments.requireNonNull(id, "id");
        HardDeletes.run(() -> VisibilityScope.call(session, Visibility.ALL, () -> {
            SessionRows.require(session.unwrap(SessionImplementor.class), entity, id, context.dialect());
            Object managed = session.find(type, id);
            if (managed == null) {
                throw new RowNotFoundException(entity.table().entityName(), id);
            }
            TrashUnder.Found under = trash.find(session.unwrap(SessionImplementor.class), entity.table(), id);
            if (!under.blocks().isEmpty()) {
                throw RestrictedDeleteException.ofHardDelete(entity.table().entityName(), id, under.blocks());
            }
            for (TrashUnder.Row row : under.rows()) {
                Object child = session.find(row.table().javaType(), row.id());
                if (child != null) {
                    session.remove(child);
                }
            }
            session.remove(managed);
            session.flush();
            events.erased(entity, id, under.counts());
            return null;
        }));
    }

    /**
     * Tells listeners that these rows of {@code type} were erased by SQL, as {@link #hardDeleteById} tells them
     * of the one row it removes; inside {@link #asOneErase} they join that one event.
     */
    @Override
    public void erasedBySql(Class<?> type, Collection<?> ids) {
        EntityColumns entity = columns(Arguments.requireNonNull(type, "type"));
        for (Object id : Arguments.requireNoNulls(ids, "ids")) {
            events.erased(entity, id, Map.of());
        }
    }

    /** Like {@link #erasedBySql(Class, Collection)}, for rows counted but not read: the event carries their number only. */
    @Override
    public void erasedBySql(Class<?> type, long count) {
        events.erasedCount(columns(Arguments.requireNonNull(type, "type")), count);
    }

    /**
     * Runs {@code work}, whose hard deletes ({@link #hardDeleteById} and the like, e.g. the rows of one group
     * erased deepest first) listeners hear as one {@link dev.reprieve.core.event.Erased} of {@code type}, not one
     * per row. Inside another such call it joins that one.
     */
    @Override
    public <T> T asOneErase(Class<?> type, Supplier<T> work) {
        EntityColumns entity = columns(Arguments.requireNonNull(type, "type"));
        return events.asOneErase(entity.table().entityName(), Arguments.requireNonNull(work, "work"));
    }

    /**
     * Marks a managed instance as deleted in memory, for deletes that arrive while Hibernate flushes or
     * cascades (see {@link DeferredDeletes}); an instance marked so before keeps its mark.
     *
     * @return the mark, which the row and everything its delete cascades to will carry
     */
    Stamp stampManaged(Object entity) {
        EntityColumns columns = columns(Hibernate.getClass(entity));
        if (columns.deletedAtOf(entity) != null) {
            return new Stamp(columns.deletedAtOf(entity), columns.deletedByOf(entity), columns.deletionIdOf(entity),
                    columns.deletionReason() != null ? columns.deletionReasonOf(entity) : DeletionReasons.current());
        }
        Stamp stamp = newStamp(checkedReason(columns.table(), DeletionReasons.current()));
        columns.stamp(entity, stamp.at(), stamp.by(), stamp.operation(), stamp.reason());
        return stamp;
    }

    /**
     * Completes a delete of a row stamped in memory by {@link #stampManaged}, once a flush has run: marks the
     * row by SQL too (a no-op when the flush's dirty check wrote it), cascades like every other delete, and
     * evicts the instance like {@link #softDelete} does. The stamp's reason is the one given when the delete arrived.
     *
     * @throws RestrictedDeleteException when a RESTRICT relationship blocks; the row, and the instance, are
     *         alive again then
     */
    void completeStamped(SessionImplementor s, EntityColumns entity, Object id, Stamp stamp) {
        JdbcExecutor.update(s, entity.markByIds(context.dialect(), stamp.at(), stamp.by(), stamp.operation(),
                stamp.reason(), List.of(id)));
        Map<String, Long> cascaded;
        try {
            cascaded = cascades.afterRootsMarked(s, entity.table(), stamp);
        } catch (RestrictedDeleteException e) {
            evict(s, entity, List.of(id), null);
            throw e;
        }
        evict(s, entity, List.of(id), stamp);
        // the flush's dirty check may have written the mark already: the row is this operation's either way
        events.softDeleted(s, entity, List.of(id), 1, cascaded, stamp, stamp.reason());
    }

    public boolean isSoftDeletable(Class<?> type) {
        return context.model().isSoftDeletable(type);
    }

    public EntityColumns columns(Class<?> type) {
        return context.columns(type);
    }

    /** The ids, checked for nulls; a list is used as it is, so a bulk delete does not copy its ids again. */
    private List<?> checkedIds(Session session, Class<?> type, Collection<?> ids) {
        Arguments.requireNonNull(session, "session");
        Arguments.requireNonNull(type, "type");
        if (ids instanceof List<?> list && ids instanceof java.util.RandomAccess) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    throw new IllegalArgumentException("ids must not contain null elements (element " + i + " is null)");
                }
            }
            return list;
        }
        return Arguments.requireNoNulls(ids, "ids");
    }

    /**
     * Shows each row's deletion state on the caller's instance of it (instances of rows that no longer exist,
     * erased by the second-delete policy, are left as they are).
     */
    private void showDeletion(SessionImplementor s, EntityColumns entity, Map<Object, Object> byId, Stamp stamp) {
        if (stamp == null) {
            return;
        }
        Set<String> marked = CascadeExecutor.ids(s, context.dialect().selectIdsOfOperation(entity.table(),
                entity.deletionIdValue(stamp.operation())));
        for (Map.Entry<Object, Object> e : byId.entrySet()) {
            if (!Hibernate.isInitialized(e.getValue())) {
                continue; // an uninitialized proxy holds no state to show; it loads the row when first used
            }
            e.setValue(Hibernate.unproxy(e.getValue()));
            if (marked.contains(String.valueOf(e.getKey()))) {
                entity.stamp(e.getValue(), stamp.at(), stamp.by(), stamp.operation(), stamp.reason());
                continue;
            }
            // deleted before (it keeps that deletion) or erased by the second-delete policy
            Object instance = e.getValue();
            GroupRestorer.state(s, entity, context.dialect().selectDeletionState(entity.table(),
                    entity.idValue(e.getKey())))
                    .ifPresent(state -> entity.stamp(instance, state.deletedAt(), state.deletedBy(), state.operation()));
        }
    }

    private int eraseAlreadyDeleted(SessionImplementor s, EntityColumns entity, Collection<?> ids) {
        Set<String> wanted = keys(ids);
        List<Object> deleted = new ArrayList<>();
        VisibilityScope.call(s, Visibility.DELETED, () -> {
            for (List<?> chunk : InLists.chunks(ids, context.dialect())) {
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
        List<Object> loaded = new ArrayList<>();
        List<String> loadedKeys = new ArrayList<>();
        for (Map.Entry<Object, EntityEntry> e : s.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
            EntityEntry entry = e.getValue();
            if (entry.getPersister() == entity.persister() || entity.persister().isSubclassEntityName(entry.getEntityName())) {
                loaded.add(e.getKey());
                loadedKeys.add(String.valueOf(entry.getId()));
            }
        }
        if (loaded.isEmpty()) {
            return; // the usual bulk delete: nothing of the type is loaded, and the ids need no second look
        }
        Set<String> loadedIds = new HashSet<>(loadedKeys);
        Set<String> wanted = null;
        if (ids != null) {
            wanted = new HashSet<>();
            for (Object id : ids) {
                String key = String.valueOf(id);
                if (loadedIds.contains(key)) { // only the loaded rows' ids are kept
                    wanted.add(key);
                }
            }
        }
        for (int i = 0; i < loaded.size(); i++) {
            if (wanted != null && !wanted.contains(loadedKeys.get(i))) {
                continue;
            }
            Object instance = loaded.get(i);
            s.evict(instance);
            if (stamp != null && entity.deletedAtOf(instance) == null) {
                entity.stamp(instance, stamp.at(), stamp.by(), stamp.operation(), stamp.reason());
            } else if (stamp == null) {
                entity.stamp(instance, null, null, null);
            }
        }
    }

    private Stamp newStamp(String reason) {
        return new Stamp(context.now(), context.currentDeleter(), UUID.randomUUID().toString(), reason);
    }

    /**
     * The reason, refused before anything changes when it is longer than the reason column of the root type or of
     * any type its cascade may mark (each of them stores it in the same UPDATE that marks its rows).
     */
    private String checkedReason(SoftDeleteTable root, String reason) {
        if (reason == null) {
            return null;
        }
        root.checkReasonFits(reason);
        for (SoftDeleteTable member : plan.forRoot(root).members()) {
            member.checkReasonFits(reason);
        }
        return reason;
    }

    private static Set<String> keys(Collection<?> ids) {
        Set<String> keys = new HashSet<>();
        ids.forEach(id -> keys.add(String.valueOf(id)));
        return keys;
    }

    /** One delete operation's values: when, by whom, its id, and why ({@code null} when not said). */
    record Stamp(Instant at, String by, String operation, String reason) {
    }
}

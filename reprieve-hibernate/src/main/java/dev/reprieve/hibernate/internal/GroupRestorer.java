package dev.reprieve.hibernate.internal;

import dev.reprieve.core.spi.sql.SqlStatement;
import dev.reprieve.core.NotDeletedException;
import dev.reprieve.core.ParentDeletedException;
import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.hibernate.internal.CascadePlan.ForRoot;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Exact restore: brings back precisely the rows one delete operation marked, at every depth, and nothing
 * else. A row never comes back under a parent that is still deleted (through CASCADE or RESTRICT): that is
 * refused with {@link ParentDeletedException}, unless the caller asks for the parent chain to come back too;
 * nor while alive rows hold its unique-when-alive values ({@code RestoreConflictException}, listing them all).
 */
public final class GroupRestorer {

    /** The deletion state of one row, read under a row lock. */
    public record State(Instant deletedAt, String operation, String deletedBy) {
    }

    /** What one restore did: the asked row's deletion, and the rows that came back per entity name. */
    public record Restored(State undone, Map<String, Long> rows) {
    }

    private final RuntimeContext context;
    private final CascadeExecutor cascades;
    private final TreeLocks locks;
    private final RestoreConflictChecker conflicts;
    private final Function<Class<?>, EntityColumns> columns;

    GroupRestorer(RuntimeContext context, CascadeExecutor cascades, TreeLocks locks, RestoreConflictChecker conflicts,
            Function<Class<?>, EntityColumns> columns) {
        this.context = context;
        this.cascades = cascades;
        this.locks = locks;
        this.conflicts = conflicts;
        this.columns = columns;
    }

    /**
     * Restores the operation that deleted this row. The row's own table must be the operation's root type:
     * a row deleted as part of its parent's operation has a deleted parent, so it is refused (or, with
     * {@code withParents}, the parent's operation is restored and brings it back).
     *
     * @throws RowNotFoundException   when no row has this id
     * @throws NotDeletedException    when the row is alive
     * @throws ParentDeletedException when a parent is deleted and {@code withParents} is false
     */
    public Restored restore(SessionImplementor s, EntityColumns entity, Object id, boolean withParents) {
        Map<String, Long> rows = new TreeMap<>();
        SessionRows.require(s, entity, id, dialect());
        if (!plan().parentChecks(entity.table()).isEmpty()) {
            locks.lock(s, entity.table(), List.of(id)); // the parents first, like every delete of this tree
        } // else the row is the top of its tree, and the locking read of its state below is the lock
        State undone = restore(s, entity, id, withParents, new HashSet<>(), true, rows);
        return new Restored(undone, rows);
    }

    /** @return the row's deletion state before anything changed */
    private State restore(SessionImplementor s, EntityColumns entity, Object id, boolean withParents,
            Set<String> visiting, boolean asked, Map<String, Long> rows) {
        SoftDeleteTable table = entity.table();
        if (!asked) {
            SessionRows.require(s, entity, id, dialect()); // a parent of another tenant is not restored
        }
        State before = lockState(s, entity, id);
        if (before.deletedAt() == null) {
            if (asked) {
                throw new NotDeletedException(table.entityName(), id);
            }
            return before; // a parent restored on the way already brought it back
        }
        if (!visiting.add(table.entityName() + "#" + id)) {
            return before; // a cycle of parents: the outer call restores this row
        }
        boolean parentRestored = false;
        for (Relation r : plan().parentChecks(table)) {
            Object[] parent = parentOf(s, r, id);
            if (parent == null || parent[1] == null) {
                continue;
            }
            if (!withParents) {
                throw new ParentDeletedException(table.entityName(), id, r.name(), r.parent().entityName(), parent[0]);
            }
            restore(s, columns.apply(r.parent().javaType()), parent[0], true, visiting, false, rows);
            parentRestored = true;
        }
        // the row stays locked: only a parent's restore, in this transaction, can have changed it meanwhile
        State state = parentRestored ? lockState(s, entity, id) : before;
        if (state.deletedAt() == null) {
            return before; // came back with a parent's operation
        }
        if (state.operation() == null) {
            // deleted before deletion ids existed: only the row itself can be identified
            conflicts.checkRow(s, table, id);
            count(rows, table, conflicts.translating(
                    () -> JdbcExecutor.update(s, dialect().restoreById(table, entity.idValue(id)))));
            Object loaded = s.getPersistenceContextInternal().getEntity(s.generateEntityKey(id, entity.persister()));
            if (loaded != null) {
                s.evict(loaded);
                entity.stamp(loaded, null, null, null);
            }
            return before;
        }
        restoreOperation(s, plan().forRoot(table), state.operation(), withParents, visiting, rows);
        return before;
    }

    /** Brings back every row of the operation, once no row of it would come back under a deleted parent. */
    private void restoreOperation(SessionImplementor s, ForRoot forRoot, String operation, boolean withParents,
            Set<String> visiting, Map<String, Long> rows) {
        for (Relation r : forRoot.restoreChecks()) {
            Object[] blocked;
            Object lastParent = null;
            while ((blocked = childUnderForeignDeletedParent(s, r, operation)) != null) {
                if (!withParents || blocked[1].equals(lastParent)) {
                    throw new ParentDeletedException(r.child().entityName(), blocked[0], r.name(),
                            r.parent().entityName(), blocked[1]);
                }
                lastParent = blocked[1];
                restore(s, columns.apply(r.parent().javaType()), blocked[1], true, visiting, false, rows);
            }
        }
        // every unique-when-alive conflict of the whole operation is listed before anything changes
        conflicts.checkGroup(s, operation);
        for (SoftDeleteTable member : forRoot.members()) {
            EntityColumns c = columns.apply(member.javaType());
            count(rows, member, conflicts.translating(() -> JdbcExecutor.update(s,
                    dialect().restoreGroup(member, c.deletionIdValue(operation)))));
        }
        cascades.syncRestored(s, forRoot.members(), operation);
    }

    private State lockState(SessionImplementor s, EntityColumns entity, Object id) {
        return state(s, entity, dialect().lockDeletionState(entity.table(), entity.idValue(id)))
                .orElseThrow(() -> new RowNotFoundException(entity.table().entityName(), id));
    }

    /**
     * Reads one row's deletion state. {@code sql} selects one row by id and returns deleted_at, deletion_id,
     * deleted_by.
     *
     * @return empty when no row has this id
     */
    public static java.util.Optional<State> state(SessionImplementor s, EntityColumns entity, SqlStatement sql) {
        List<State> rows = JdbcExecutor.query(s, sql,
                (rs, ses) -> new State((Instant) entity.deletedAt().getJdbcValueExtractor().extract(rs, 1, ses),
                        (String) entity.deletionId().getJdbcValueExtractor().extract(rs, 2, ses),
                        (String) entity.deletedBy().getJdbcValueExtractor().extract(rs, 3, ses)));
        return rows.stream().findFirst();
    }

    /** @return parent id and parent deleted_at, or null when the reference is empty */
    private Object[] parentOf(SessionImplementor s, Relation r, Object childId) {
        EntityColumns child = columns.apply(r.child().javaType());
        EntityColumns parent = columns.apply(r.parent().javaType());
        List<Object[]> rows = JdbcExecutor.query(s, dialect().lockParentState(r, child.idValue(childId)),
                (rs, ses) -> new Object[] {
                    parent.id().getJdbcValueExtractor().extract(rs, 1, ses),
                    parent.deletedAt().getJdbcValueExtractor().extract(rs, 2, ses)});
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** @return child id and parent id of one row of the operation under a parent deleted by another, or null */
    private Object[] childUnderForeignDeletedParent(SessionImplementor s, Relation r, String operation) {
        EntityColumns child = columns.apply(r.child().javaType());
        EntityColumns parent = columns.apply(r.parent().javaType());
        List<Object[]> rows = JdbcExecutor.query(s, dialect().selectChildOfOperationUnderDeletedParent(r,
                child.deletionIdValue(operation), parent.deletionIdValue(operation)),
                (rs, ses) -> new Object[] {
                    child.id().getJdbcValueExtractor().extract(rs, 1, ses),
                    parent.id().getJdbcValueExtractor().extract(rs, 2, ses)});
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static void count(Map<String, Long> rows, SoftDeleteTable table, int restored) {
        if (restored > 0) {
            rows.merge(table.entityName(), (long) restored, Long::sum);
        }
    }

    private CascadePlan plan() {
        return cascades.plan();
    }

    private SoftDeleteDialect dialect() {
        return context.dialect();
    }
}

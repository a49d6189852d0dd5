package dev.reprieve.hibernate.internal;

import dev.reprieve.core.RestrictedDeleteException;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.cascade.DeletionPreview;
import dev.reprieve.core.cascade.RestrictBlock;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SqlStatement;
import dev.reprieve.hibernate.internal.DefaultSoftDeleteOperations.Stamp;
import dev.reprieve.hibernate.SoftDeleteOperations;
import dev.reprieve.hibernate.internal.CascadePlan.ForRoot;
import dev.reprieve.hibernate.internal.CascadePlan.Step;
import dev.reprieve.hibernate.internal.JdbcExecutor.Bind;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Runs a delete's {@link CascadePlan} after the root rows are marked: CASCADE as one UPDATE per relationship
 * and level, then RESTRICT as COUNT queries (undoing the whole operation by its deletion id when one
 * blocks), then DETACH. Children are never loaded; loaded instances of affected rows are updated and evicted.
 */
public final class CascadeExecutor {

    private final RuntimeContext context;
    private final CascadePlan plan;
    private final Function<Class<?>, EntityColumns> columns;

    CascadeExecutor(RuntimeContext context, CascadePlan plan, Function<Class<?>, EntityColumns> columns) {
        this.context = context;
        this.plan = plan;
        this.columns = columns;
    }

    CascadePlan plan() {
        return plan;
    }

    /** @return whether deleting rows of this table does anything beyond marking them */
    public boolean cascades(SoftDeleteTable root) {
        return !plan.forRoot(root).trivial();
    }

    /**
     * Completes a delete whose root rows carry {@code stamp}.
     *
     * @return the rows the cascade marked, by child entity name
     * @throws RestrictedDeleteException when a RESTRICT relationship blocks; every row the operation marked,
     *                                   root included, is alive again then
     */
    public Map<String, Long> afterRootsMarked(SessionImplementor s, SoftDeleteTable root, Stamp stamp) {
        ForRoot forRoot = plan.forRoot(root);
        if (forRoot.trivial()) {
            return Map.of();
        }
        Map<String, Long> cascaded = markDependents(s, forRoot, stamp);
        List<RestrictBlock> blocks = restrictBlocks(s, forRoot, stamp.operation());
        if (!blocks.isEmpty()) {
            undo(s, forRoot, stamp.operation());
            throw new RestrictedDeleteException(root.entityName(), blocks);
        }
        detach(s, forRoot, stamp.operation());
        syncMembers(s, forRoot, stamp);
        return cascaded;
    }

    /**
     * What deleting these rows would do, found by doing it inside a savepoint and rolling back to it: the
     * same statements as the delete, so the answer cannot drift from the behaviour. Needs a read-write
     * transaction; row locks taken meanwhile are held until the transaction ends on MariaDB.
     */
    public DeletionPreview preview(SessionImplementor s, EntityColumns root, List<?> ids) {
        if (!s.isTransactionInProgress()) {
            throw new IllegalStateException("A deletion preview of " + root.table().entityName()
                    + " needs an active transaction (it rolls back to a savepoint)");
        }
        ForRoot forRoot = plan.forRoot(root.table());
        Stamp stamp = new Stamp(context.now(), null, UUID.randomUUID().toString(), null);
        return s.doReturningWork(connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try {
                JdbcExecutor.update(s, root.markByIds(dialect(), stamp.at(), stamp.by(), stamp.operation(), null, ids));
                Map<String, Long> cascaded = markDependents(s, forRoot, stamp);
                return new DeletionPreview(root.table().entityName(), cascaded,
                        restrictBlocks(s, forRoot, stamp.operation()));
            } finally {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            }
        });
    }

    /** Runs the CASCADE steps. @return the rows marked, by child entity name */
    Map<String, Long> markDependents(SessionImplementor s, ForRoot forRoot, Stamp stamp) {
        Map<String, Long> marked = new LinkedHashMap<>();
        for (Step step : forRoot.steps()) {
            for (Relation r : step.once()) {
                marked.merge(r.childEntityName(), (long) mark(s, r, stamp), Long::sum);
            }
            long changed;
            do {
                changed = 0;
                for (Relation r : step.repeat()) {
                    int rows = mark(s, r, stamp);
                    marked.merge(r.childEntityName(), (long) rows, Long::sum);
                    changed += rows;
                }
            } while (changed > 0);
        }
        marked.values().removeIf(count -> count == 0);
        return marked;
    }

    /** @return one entry per RESTRICT relationship that has alive children of the operation's rows */
    List<RestrictBlock> restrictBlocks(SessionImplementor s, ForRoot forRoot, String operation) {
        List<RestrictBlock> blocks = new ArrayList<>();
        for (Relation r : forRoot.restricts()) {
            long count = JdbcExecutor.query(s, dialect().countAliveChildren(r, operationBind(r, operation)),
                    (rs, ses) -> rs.getLong(1)).get(0);
            if (count > 0) {
                blocks.add(new RestrictBlock(r.name(), r.childEntityName(), count));
            }
        }
        return blocks;
    }

    /** Makes every row the operation marked alive again: exact, because the deletion id is unique to it. */
    void undo(SessionImplementor s, ForRoot forRoot, String operation) {
        for (SoftDeleteTable member : forRoot.members()) {
            EntityColumns c = columns.apply(member.javaType());
            JdbcExecutor.update(s, dialect().restoreGroup(member, c.deletionIdValue(operation)));
        }
    }

    private int mark(SessionImplementor s, Relation r, Stamp stamp) {
        EntityColumns child = columns.apply(r.child().javaType());
        return JdbcExecutor.update(s, dialect().cascadeMark(r, new Bind(child.deletedAt(), stamp.at()),
                new Bind(child.deletedBy(), stamp.by()), child.deletionIdValue(stamp.operation()),
                child.reasonValue(stamp.reason()), operationBind(r, stamp.operation())));
    }

    private void detach(SessionImplementor s, ForRoot forRoot, String operation) {
        Set<String> present = entityNamesInContext(s);
        for (Relation r : forRoot.detaches()) {
            EntityPersister persister = persister(r);
            Set<String> ids = present.contains(persister.getRootEntityName())
                    ? ids(s, dialect().selectAliveChildIds(r, operationBind(r, operation))) : Set.of();
            JdbcExecutor.update(s, dialect().detachChildren(r, operationBind(r, operation)));
            evict(s, persister, ids, instance -> { });
        }
    }

    /** Loaded instances of cascaded rows show the deletion and leave the persistence context. */
    private void syncMembers(SessionImplementor s, ForRoot forRoot, Stamp stamp) {
        Set<String> present = entityNamesInContext(s);
        for (SoftDeleteTable member : forRoot.members()) {
            EntityColumns c = columns.apply(member.javaType());
            if (member.equals(forRoot.root()) && !forRoot.cascadesInto(member)) {
                continue; // the caller evicts the root rows it marked by id
            }
            if (present.contains(c.persister().getRootEntityName())) {
                Set<String> ids = ids(s, dialect().selectIdsOfOperation(member,
                        c.deletionIdValue(stamp.operation())));
                evict(s, c.persister(), ids, instance -> {
                    if (c.deletedAtOf(instance) == null) {
                        c.stamp(instance, stamp.at(), stamp.by(), stamp.operation(), stamp.reason());
                    }
                });
            }
        }
    }

    /** Loaded instances of restored rows show it and leave the persistence context. */
    void syncRestored(SessionImplementor s, List<SoftDeleteTable> tables, String operation) {
        for (SoftDeleteTable table : tables) {
            EntityColumns c = columns.apply(table.javaType());
            for (Map.Entry<Object, EntityEntry> e : s.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
                if (c.persister().isSubclassEntityName(e.getValue().getEntityName())
                        && operation.equals(c.deletionIdOf(e.getKey()))) {
                    s.evict(e.getKey());
                    c.stamp(e.getKey(), null, null, null);
                }
            }
        }
    }

    private static void evict(SessionImplementor s, EntityPersister persister, Set<String> ids,
            java.util.function.Consumer<Object> show) {
        if (ids.isEmpty()) {
            return;
        }
        for (Map.Entry<Object, EntityEntry> e : s.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
            EntityEntry entry = e.getValue();
            if (persister.isSubclassEntityName(entry.getEntityName()) && ids.contains(String.valueOf(entry.getId()))) {
                s.evict(e.getKey());
                show.accept(e.getKey());
            }
        }
    }

    private static Set<String> entityNamesInContext(SessionImplementor s) {
        Set<String> names = new HashSet<>();
        for (Map.Entry<Object, EntityEntry> e : s.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
            names.add(e.getValue().getPersister().getRootEntityName());
        }
        return names;
    }

    /** @return the ids {@code sql} selects, as text */
    public static Set<String> ids(SessionImplementor s, SqlStatement sql) {
        return new HashSet<>(JdbcExecutor.query(s, sql, (rs, ses) -> String.valueOf(rs.getObject(1))));
    }

    private EntityPersister persister(Relation r) {
        Class<?> type = context.sessionFactory().getJpaMetamodel().entity(r.childEntityName()).getJavaType();
        return context.sessionFactory().getMappingMetamodel().getEntityDescriptor(type);
    }

    /** The operation id, typed as the parent's deletion id: the cascade statements select parents by it. */
    private Bind operationBind(Relation r, String operation) {
        return columns.apply(r.parent().javaType()).deletionIdValue(operation);
    }

    private SoftDeleteDialect dialect() {
        return context.dialect();
    }
}

package dev.reprieve.admin.internal.trash;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.cascade.RelationGraph;
import dev.reprieve.core.spi.sql.InLists;
import dev.reprieve.core.spi.sql.TrashSql;
import dev.reprieve.hibernate.spi.erase.ErasePlanner;
import dev.reprieve.hibernate.spi.erase.OwnedRows;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases a row from the trash for good, with what depends on it, only by an explicit confirmed request:
 * {@link #impact} shows exactly which rows would go; {@link #erase} recomputes that set in its own
 * transaction and refuses when it differs from what was confirmed. Rows are removed deepest first, one DELETE
 * per table, depth and chunk of ids (join-table and element-collection rows of each chunk just before it),
 * inside {@link HardDeletes}; the dialect's {@link TrashSql} writes the statements.
 */
public class TrashEraser {

    private final TrashTypes types;
    private final TrashBrowser browser;
    private final HistoryWriter history;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final ErasePlanner planner;
    private final TrashSql sql;
    private final int rowsShown;

    public TrashEraser(TrashTypes types, TrashBrowser browser, HistoryWriter history, EntityManager sharedEntityManager,
            TransactionTemplate transactions, int rowsShown) {
        this.types = types;
        this.browser = browser;
        this.history = history;
        this.entityManager = sharedEntityManager;
        this.transactions = transactions;
        this.sql = new TrashSql(types.runtime().dialect());
        this.planner = new ErasePlanner(sql, types.runtime().graph());
        this.rowsShown = rowsShown;
    }

    /**
     * What erasing this row would erase, detach, or what blocks it. Changes nothing.
     *
     * @throws RowNotInTrashException when the row does not exist or is alive
     */
    public EraseImpact impact(RowRef ref) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            TrashEntry root = requireDeleted(ref);
            Session session = session();
            TrashType rootType = types.require(root.type());
            Object rootId = rootType.parseId(root.id());
            ErasePlanner.Plan plan = planner.plan(session, rootType.table(), rootId);
            // the fingerprint comes from the plan the confirmed erase will make, which summarizes leaves in SQL
            String fingerprint = planner.summarize(session, planner.plan(session, rootType.table(), rootId,
                    r -> summarizable(session, r))).text();
            return impactOf(root, plan, fingerprint);
        });
    }

    /**
     * Erases the row and its dependents, all or nothing.
     *
     * @param expectedFingerprint the {@link EraseImpact#fingerprint()} the person confirmed, or {@code null}
     *                            to erase whatever the impact is now (scripts)
     * @throws EraseRefusedException when something blocks, or the impact changed since it was confirmed
     */
    public ActionResult erase(RowRef ref, String expectedFingerprint, String actor) {
        return transactions.execute(status -> {
            TrashEntry root = requireDeleted(ref);
            TrashType rootType = types.require(root.type());
            Session session = session();
            boolean confirmed = expectedFingerprint != null && !expectedFingerprint.isBlank();
            // leaf rows are counted, not read one by one; a confirmed erase must name the exact rows, so it
            // counts only leaves the database can summarize (integer ids) and reads the others
            ErasePlanner.Plan plan = confirmed
                    ? planner.plan(session, rootType.table(), rootType.parseId(root.id()), r -> summarizable(session, r))
                    : planner.plan(session, rootType.table(), rootType.parseId(root.id()), r -> countable(session, r));
            if (!plan.blocks().isEmpty()) {
                throw new EraseRefusedException("Cannot erase " + ref + ": " + String.join("; ", plan.blocks()) + ". Nothing was erased.");
            }
            // the fingerprint is checked after the plan's reads in this transaction; rows erased by their parents'
            // ids are checked once more by how many rows their DELETE removed
            ErasePlanner.Fingerprint fingerprint = confirmed ? planner.summarize(session, plan) : null;
            if (confirmed && !expectedFingerprint.equals(fingerprint.text())) {
                throw new EraseRefusedException("What erasing " + ref + " would remove has changed since it was confirmed;"
                        + " review the new list and confirm again. Nothing was erased.");
            }
            Map<String, Long> erasedLeaves;
            try {
                // one Erased event for the group, not one per row erased
                // the history entry comes from that event, in the admin's name, with the label the admin confirmed
                Map<String, Long> leaves = history.as(actor, root.label(), () -> types.runtime().operations()
                        .asOneErase(rootType.javaType(), () -> execute(session, plan)));
                erasedLeaves = leaves;
                if (confirmed) {
                    fingerprint.countedRowsByTable().forEach((table, rows) -> {
                        long erased = leaves.getOrDefault(table, -1L);
                        if (plan.tables().get(table) != null && erased != rows) {
                            throw changedWhileErasing(erased, rows, table);
                        }
                    });
                }
            } catch (jakarta.persistence.PersistenceException | org.springframework.dao.DataAccessException e) {
                throw new EraseRefusedException("The database refused to erase " + ref + " (" + rootCause(e)
                        + "). Nothing was erased.");
            }
            Map<String, Long> counts = plan.counts(erasedLeaves);
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            String detail = total > 1 ? "with " + (total - 1) + " dependent row" + (total == 2 ? "" : "s") + " ("
                    + ActionResult.describeOthers(counts, root.type()) + ")" : null;
            return new ActionResult("erased", "Erased " + root.type() + " #" + root.id() + " \"" + root.label() + "\" for good"
                    + (detail == null ? "" : " " + detail) + ": " + total + " row" + (total == 1 ? "" : "s") + " gone.", counts);
        });
    }

    /** @return rows erased by their parents' ids (soft-deletable leaves), by table */
    private Map<String, Long> execute(Session session, ErasePlanner.Plan plan) {
        Map<String, Long> erasedLeaves = new LinkedHashMap<>();
        session.flush();
        for (ErasePlanner.DetachStep step : plan.detaches()) {
            NativeSql.update(session, sql.dialect(), sql.detachWhereIn(step.relation().childTable(), step.relation().foreignKeyColumn(),
                    step.parentIds()));
        }
        // deepest first: every row goes before the rows it references; rows of one table at one depth never
        // reference each other through the plan, so each level goes in statements of up to the dialect's IN-list limit
        record Level(String table, int depth, List<Object> ids) {
        }
        Map<String, Map<Integer, List<Object>>> byLevel = new LinkedHashMap<>();
        plan.depthByTable().forEach((table, rows) -> rows.forEach((id, depth) -> byLevel
                .computeIfAbsent(table, t -> new TreeMap<>()).computeIfAbsent(depth, d -> new ArrayList<>()).add(id)));
        List<Level> levels = new ArrayList<>();
        byLevel.forEach((table, depths) -> depths.forEach((depth, ids) -> levels.add(new Level(table, depth, ids))));
        levels.sort(Comparator.comparingInt(Level::depth).reversed());
        SessionFactoryImplementor factory = session.getSessionFactory().unwrap(SessionFactoryImplementor.class);
        HardDeletes.run(() -> {
            // leaves erased by their parents' ids first: no planned row references them
            for (ErasePlanner.CountedStep step : plan.counted()) {
                Relation r = step.relation();
                if (r.child() != null) {
                    int erased = NativeSql.update(session, sql.dialect(), sql.eraseDeletedChildren(r.childTable(), r.foreignKeyColumn(),
                            r.child(), step.parentIds()));
                    erasedLeaves.merge(r.childTable(), (long) erased, Long::sum);
                    types.runtime().operations().erasedBySql(types.require(r.childEntityName()).javaType(), erased);
                } else {
                    int erased = NativeSql.update(session, sql.dialect(), sql.eraseWhereIn(r.childTable(), r.foreignKeyColumn(), step.parentIds()));
                    if (erased != step.rows()) {
                        throw changedWhileErasing(erased, step.rows(), r.childTable());
                    }
                }
            }
            for (Level level : levels) {
                List<OwnedRows> owned = OwnedRows.of(factory, persister(factory, plan, level.table()));
                if (owned == null) {
                    removeOneByOne(session, plan, level.table(), level.ids());
                } else {
                    eraseSetBased(session, plan, level.table(), level.ids(), owned);
                }
            }
        });
        session.flush();
        session.clear();
        return erasedLeaves;
    }

    /**
     * Erases rows of one table by id, statement by statement: first the join-table and element-collection rows
     * they own (what Hibernate's remove would delete with them), then the rows. A statement that removes fewer
     * rows than planned means the rows changed since the plan: nothing is erased then.
     */
    private void eraseSetBased(Session session, ErasePlanner.Plan plan, String table, List<Object> ids, List<OwnedRows> owned) {
        String idColumn = plan.idColumnOfTable().get(table);
        for (List<Object> chunk : InLists.chunks(ids, sql.dialect())) {
            for (OwnedRows rows : owned) {
                NativeSql.update(session, sql.dialect(), sql.eraseWhereIn(rows.table(), rows.keyColumn(), chunk));
            }
            int erased = NativeSql.update(session, sql.dialect(), sql.eraseWhereIn(table, idColumn, chunk));
            if (erased != chunk.size()) {
                throw changedWhileErasing(erased, chunk.size(), table);
            }
        }
        SoftDeleteTable soft = plan.tables().get(table);
        if (soft != null) {
            TrashType type = types.require(plan.entityOfTable().get(table));
            List<Object> erased = new ArrayList<>(ids.size());
            ids.forEach(id -> erased.add(type.parseId(String.valueOf(id))));
            types.runtime().operations().erasedBySql(type.javaType(), erased);
        }
    }

    private static EraseRefusedException changedWhileErasing(long found, long planned, String table) {
        return new EraseRefusedException("Rows to erase changed while erasing them (" + found + " of " + planned + " in "
                + table + " found); review the new list and confirm again. Nothing was erased.");
    }

    /**
     * Whether the children of this CASCADE relationship may be counted and erased by their parents' ids: their
     * table is reached by no other relationship, nothing the cascade follows points at it, and a DELETE stands in
     * for Hibernate's remove of its rows with no collection rows to clean.
     */
    private boolean countable(Session session, Relation r) {
        RelationGraph graph = types.runtime().graph();
        if (!graph.from(r.childTable()).isEmpty()
                || graph.relations().stream().filter(o -> sameTable(o.childTable(), r.childTable())).count() != 1) {
            return false;
        }
        SessionFactoryImplementor factory = session.getSessionFactory().unwrap(SessionFactoryImplementor.class);
        EntityPersister persister = r.child() != null
                ? factory.getMappingMetamodel().getEntityDescriptor(types.require(r.childEntityName()).javaType())
                : persisterNamed(factory, r.childEntityName());
        List<OwnedRows> owned = OwnedRows.of(factory, persister);
        return owned != null && owned.isEmpty();
    }

    /**
     * Whether a confirmed erase may count these children instead of reading them: they are {@link #countable}
     * and their ids are integers, which the database can summarize for the fingerprint.
     */
    private boolean summarizable(Session session, Relation r) {
        if (!countable(session, r)) {
            return false;
        }
        SessionFactoryImplementor factory = session.getSessionFactory().unwrap(SessionFactoryImplementor.class);
        EntityPersister persister = r.child() != null
                ? factory.getMappingMetamodel().getEntityDescriptor(types.require(r.childEntityName()).javaType())
                : persisterNamed(factory, r.childEntityName());
        Class<?> id = persister.getIdentifierMapping().getJavaType().getJavaTypeClass();
        return id == Long.class || id == Integer.class || id == Short.class || id == long.class || id == int.class
                || id == short.class;
    }

    private static boolean sameTable(String a, String b) {
        return a.replace("\"", "").replace("`", "").equalsIgnoreCase(b.replace("\"", "").replace("`", ""));
    }

    /** An entity by its JPA name (how relationships name it) or Hibernate's. */
    private static EntityPersister persisterNamed(SessionFactoryImplementor factory, String name) {
        EntityPersister persister = factory.getMappingMetamodel().findEntityDescriptor(name);
        return persister != null ? persister
                : factory.getMappingMetamodel().getEntityDescriptor(factory.getJpaMetamodel().entity(name).getHibernateEntityName());
    }

    /** For entities a DELETE by id cannot remove alone (inheritance over several tables and the like): through Hibernate. */
    private void removeOneByOne(Session session, ErasePlanner.Plan plan, String table, List<Object> ids) {
        SessionFactoryImplementor factory = session.getSessionFactory().unwrap(SessionFactoryImplementor.class);
        String entity = plan.entityOfTable().get(table);
        for (Object rowId : ids) {
            if (plan.tables().get(table) != null) {
                TrashType type = types.require(entity);
                types.runtime().operations().hardDeleteById(session, type.javaType(), type.parseId(String.valueOf(rowId)));
            } else {
                EntityPersister persister = persisterNamed(factory, entity);
                Object id = persister.getIdentifierMapping().getJavaType().fromString(String.valueOf(rowId));
                Object row = session.get(persister.getEntityName(), id);
                if (row != null) {
                    session.remove(row);
                    session.flush();
                }
            }
        }
    }

    /** Soft-deletable types are known to the admin by their short name; other entities by Hibernate's entity name. */
    private EntityPersister persister(SessionFactoryImplementor factory, ErasePlanner.Plan plan, String table) {
        String entity = plan.entityOfTable().get(table);
        return plan.tables().get(table) != null
                ? factory.getMappingMetamodel().getEntityDescriptor(types.require(entity).javaType())
                : persisterNamed(factory, entity);
    }

    private EraseImpact impactOf(TrashEntry root, ErasePlanner.Plan plan, String fingerprint) {
        Map<String, List<EraseImpact.ImpactRow>> shown = new LinkedHashMap<>();
        plan.depthByTable().forEach((table, rows) -> {
            String entity = plan.entityOfTable().get(table);
            List<EraseImpact.ImpactRow> list = shown.computeIfAbsent(entity, e -> new ArrayList<>());
            rows.keySet().stream().limit(rowsShown).forEach(id -> {
                String idText = String.valueOf(id);
                if (plan.tables().get(table) != null) {
                    TrashEntry e = browser.find(entity, idText).orElse(null);
                    list.add(new EraseImpact.ImpactRow(entity, idText, e == null ? entity + " #" + idText : e.label(),
                            e != null && e.deletedAt() != null));
                } else {
                    list.add(new EraseImpact.ImpactRow(entity, idText, entity + " #" + idText, false));
                }
            });
        });
        return new EraseImpact(root, plan.counts(), shown, plan.detached(), plan.blocks(), fingerprint);
    }

    private TrashEntry requireDeleted(RowRef ref) {
        TrashEntry entry = browser.find(ref.type(), ref.id()).orElseThrow(() -> new RowNotInTrashException(ref, false));
        if (entry.deletedAt() == null) {
            throw new RowNotInTrashException(ref, true);
        }
        return entry;
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}

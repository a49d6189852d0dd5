package dev.reprieve.admin.trash;

import dev.reprieve.admin.audit.AuditLog;
import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.audit.AuditAction;
import dev.reprieve.core.sql.TrashSql;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases a row from the trash for good, with what depends on it, only by an explicit confirmed request:
 * {@link #impact} shows exactly which rows would go; {@link #erase} recomputes that set in its own
 * transaction and refuses when it differs from what was confirmed. Rows are removed deepest first through
 * Hibernate (so join-table rows and element collections go with them), inside {@link HardDeletes}.
 */
public class TrashEraser {

    private final TrashTypes types;
    private final TrashBrowser browser;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final ErasePlanner planner;
    private final TrashSql sql;
    private final int rowsShown;

    public TrashEraser(TrashTypes types, TrashBrowser browser, AuditLog audit, EntityManager sharedEntityManager,
            TransactionTemplate transactions, EraseEdges edges, int rowsShown) {
        this.types = types;
        this.browser = browser;
        this.audit = audit;
        this.entityManager = sharedEntityManager;
        this.transactions = transactions;
        this.sql = new TrashSql(types.runtime().dialect());
        this.planner = new ErasePlanner(sql, edges);
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
            ErasePlanner.Plan plan = planner.plan(session(), types.require(root.type()), types.require(root.type()).parseId(root.id()));
            return impactOf(root, plan);
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
            ErasePlanner.Plan plan = planner.plan(session, rootType, rootType.parseId(root.id()));
            if (!plan.blocks().isEmpty()) {
                throw new EraseRefusedException("Cannot erase " + ref + ": " + String.join("; ", plan.blocks()) + ". Nothing was erased.");
            }
            if (expectedFingerprint != null && !expectedFingerprint.isBlank() && !expectedFingerprint.equals(plan.fingerprint())) {
                throw new EraseRefusedException("What erasing " + ref + " would remove has changed since it was confirmed;"
                        + " review the new list and confirm again. Nothing was erased.");
            }
            try {
                // one Erased event for the group, not one per row erased
                types.runtime().operations().asOneErase(rootType.javaType(), () -> {
                    execute(session, plan);
                    return null;
                });
            } catch (jakarta.persistence.PersistenceException | org.springframework.dao.DataAccessException e) {
                throw new EraseRefusedException("The database refused to erase " + ref + " (" + rootCause(e)
                        + "). Nothing was erased.");
            }
            Map<String, Long> counts = plan.counts();
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            String detail = total > 1 ? "with " + (total - 1) + " dependent row" + (total == 2 ? "" : "s") + " ("
                    + ActionResult.describeOthers(counts, root.type()) + ")" : null;
            audit.record(actor, AuditAction.ERASED, root.type(), root.id(), root.deletionId(), root.label(), detail);
            return new ActionResult("erased", "Erased " + root.type() + " #" + root.id() + " \"" + root.label() + "\" for good"
                    + (detail == null ? "" : " " + detail) + ": " + total + " row" + (total == 1 ? "" : "s") + " gone.", counts);
        });
    }

    private void execute(Session session, ErasePlanner.Plan plan) {
        session.flush();
        for (ErasePlanner.DetachStep step : plan.detaches()) {
            var update = session.createNativeMutationQuery(sql.detach(step.edge().childTable(), step.edge().foreignKeyColumn(),
                    step.parentIds().size()));
            for (int i = 0; i < step.parentIds().size(); i++) {
                update.setParameter(i + 1, step.parentIds().get(i));
            }
            update.executeUpdate();
        }
        // deepest first: every row goes before the rows it references
        record Target(String table, Object id, int depth) {
        }
        List<Target> targets = new ArrayList<>();
        plan.depthByTable().forEach((table, rows) -> rows.forEach((id, depth) -> targets.add(new Target(table, id, depth))));
        targets.sort(Comparator.comparingInt(Target::depth).reversed());
        SessionFactoryImplementor factory = session.getSessionFactory().unwrap(SessionFactoryImplementor.class);
        HardDeletes.run(() -> {
            for (Target target : targets) {
                SoftDeleteTable table = plan.tables().get(target.table());
                String entity = plan.entityOfTable().get(target.table());
                if (table != null) {
                    TrashType type = types.require(entity);
                    types.runtime().operations().hardDeleteById(session, type.javaType(), type.parseId(String.valueOf(target.id())));
                } else {
                    EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(entity);
                    Object id = persister.getIdentifierMapping().getJavaType().fromString(String.valueOf(target.id()));
                    Object row = session.get(persister.getEntityName(), id);
                    if (row != null) {
                        session.remove(row);
                        session.flush();
                    }
                }
            }
        });
        session.flush();
        session.clear();
    }

    private EraseImpact impactOf(TrashEntry root, ErasePlanner.Plan plan) {
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
        return new EraseImpact(root, plan.counts(), shown, plan.detached(), plan.blocks(), plan.fingerprint());
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

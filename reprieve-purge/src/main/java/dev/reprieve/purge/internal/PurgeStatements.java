package dev.reprieve.purge.internal;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SqlStatement;
import dev.reprieve.core.spi.cascade.TableReference;
import dev.reprieve.purge.PurgePolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statements of the retention purge: which rows may go, the batch that goes next, the dependents that go
 * first. Written once for every database, on the dialect's primitives (limits, aliases); each statement's
 * placeholders and values are written together, however many conditions a type's plan adds.
 *
 * <p>A row may go when it was deleted before its type's cutoff, is not held (legal-hold column or hold
 * predicate), no row of any table still references it, and no member of its deletion group is alive, held,
 * within retention or of a type that is never purged.
 */
public final class PurgeStatements {

    private final SoftDeleteDialect dialect;
    private final Map<String, String> tenantColumns;
    private final Object tenant;

    public PurgeStatements(SoftDeleteDialect dialect) {
        this(dialect, Map.of(), null);
    }

    private PurgeStatements(SoftDeleteDialect dialect, Map<String, String> tenantColumns, Object tenant) {
        this.dialect = dialect;
        this.tenantColumns = tenantColumns;
        this.tenant = tenant;
    }

    /**
     * These statements restricted to one tenant's rows: each type with a tenant column purges only rows whose
     * column equals {@code tenant}, bound as a value.
     *
     * @param tenantColumns the tenant column per entity name (Hibernate's {@code @TenantId})
     */
    public PurgeStatements forTenant(Map<String, String> tenantColumns, Object tenant) {
        return new PurgeStatements(dialect, Map.copyOf(tenantColumns), java.util.Objects.requireNonNull(tenant, "tenant"));
    }

    /** Appends {@code AND q.tenant = ?} when these statements are of one tenant and the type has a tenant column. */
    private void tenant(SqlStatement.Builder where, PurgePolicy p, String q) {
        String column = tenant == null ? null : tenantColumns.get(p.entityName());
        if (column != null) {
            where.sql(" AND " + q + "." + column + " = ").bind(tenant);
        }
    }

    /**
     * Locks and returns the next batch of purgeable rows in primary-key order, after the cursor when one
     * is given. Columns: id, deleted_at.
     *
     * @param cutoffs per entity name, the instant before which its deleted rows are expired
     * @param cursor  the last (deleted_at, id) of the previous batch, or {@code null} for the first
     */
    public SqlStatement selectBatch(PurgeStep step, Map<String, Instant> cutoffs, Object[] cursor, int size) {
        // key order: each batch is a primary-key range, so its heap pages are neighbours and one run walks the
        // table once
        return selectBatch(step, cutoffs, step.policy().table().idColumn(), " > ", cursor == null ? null : cursor[1],
                size, true);
    }

    /**
     * The next batch of purgeable rows in deletion-time order, through the {@code deleted_at} index: for
     * expired rows scattered among many alive ones, where walking the primary key would visit every row.
     * Rows deleted at the same instant as the previous batch's last are looked at again; each one returned
     * is purged or has stopped being purgeable, so every batch moves on. Columns: id, deleted_at.
     *
     * @param from the previous batch's last deletion time, or {@code null} for the first batch
     * @param lock whether to lock the rows ({@code FOR UPDATE}): batches that archive or delete dependents
     *             need the exact rows; others repeat every condition in {@link #deleteIds}
     */
    public SqlStatement selectBatchByDeletionTime(PurgeStep step, Map<String, Instant> cutoffs, Instant from, int size,
            boolean lock) {
        return selectBatch(step, cutoffs, step.policy().table().deletedAtColumn(), " >= ", from, size, lock);
    }

    /** The next {@code size} purgeable rows in {@code order}, from {@code cursor} on when it is not null. */
    private SqlStatement selectBatch(PurgeStep step, Map<String, Instant> cutoffs, String order, String fromCursor,
            Object cursor, int size, boolean lock) {
        SoftDeleteTable t = step.policy().table();
        SqlStatement.Builder sql = SqlStatement.builder("SELECT t." + t.idColumn() + ", t." + t.deletedAtColumn()
                + " FROM " + t.table() + " t WHERE ");
        purgeable(sql, step, cutoffs, "t", false);
        if (cursor != null) {
            sql.sql(" AND t." + order + fromCursor).bind(cursor);
        }
        return sql.sql(" ORDER BY t." + order + dialect.limit(size) + (lock ? " FOR UPDATE" : "")).build();
    }

    /**
     * Chooses the next range batch of a type that has no archive and no plain dependents: among the rows
     * that are expired and not held, the first {@code size} after the cursor in primary-key order. Reads no
     * lock; {@link #deleteRange} repeats every condition, so the range only bounds the batch. Columns: lowest
     * id, highest id, row count (0 when nothing is left).
     *
     * @param cursor the highest id of the previous range, or {@code null} for the first
     */
    public SqlStatement selectRange(PurgeStep step, Map<String, Instant> cutoffs, Object cursor, int size) {
        PurgePolicy p = step.policy();
        SoftDeleteTable t = p.table();
        SqlStatement.Builder sql = SqlStatement.builder("SELECT MIN(r.purge_id), MAX(r.purge_id), COUNT(*) FROM"
                + " (SELECT t." + t.idColumn() + " AS purge_id FROM " + t.table() + " t WHERE t." + t.deletedAtColumn()
                + " < ").bind(cutoffs.get(p.entityName()));
        tenant(sql, p, "t");
        String held = held(p, "t");
        if (held != null) {
            sql.sql(" AND NOT (" + held + ")");
        }
        if (cursor != null) {
            sql.sql(" AND t." + t.idColumn() + " > ").bind(cursor);
        }
        return sql.sql(" ORDER BY t." + t.idColumn() + dialect.limit(size) + ") r").build();
    }

    /**
     * Deletes the purgeable rows whose id lies in {@code [low, high]}, in one statement that repeats every
     * purge condition (expiry, hold, deletion group, references), so a row restored, held or referenced since
     * the range was chosen stays.
     */
    public SqlStatement deleteRange(PurgeStep step, Map<String, Instant> cutoffs, Object low, Object high) {
        SqlStatement.Builder sql = deleteFrom(step);
        String id = qualifier(step) + "." + step.policy().table().idColumn();
        sql.sql(id + " >= ").bind(low).sql(" AND " + id + " <= ").bind(high).sql(" AND ");
        purgeable(sql, step, cutoffs, qualifier(step), true);
        return sql.build();
    }

    /**
     * Deletes those of the given rows that are still purgeable, repeating every purge condition like
     * {@link #deleteRange}: for batches chosen without a lock.
     */
    public SqlStatement deleteIds(PurgeStep step, Map<String, Instant> cutoffs, List<?> ids) {
        SqlStatement.Builder sql = deleteFrom(step);
        sql.sql(qualifier(step) + "." + step.policy().table().idColumn() + " IN (").bindAll(ids).sql(") AND ");
        purgeable(sql, step, cutoffs, qualifier(step), true);
        return sql.build();
    }

    /** {@code DELETE FROM table [t] WHERE }, to be continued with conditions on {@link #qualifier}. */
    private SqlStatement.Builder deleteFrom(PurgeStep step) {
        SoftDeleteTable t = step.policy().table();
        return SqlStatement.builder("DELETE FROM " + t.table() + (dialect.deleteTakesAlias() ? " t" : "") + " WHERE ");
    }

    /** How a single-table {@code DELETE} names its table's columns: by alias where the database allows one. */
    private String qualifier(PurgeStep step) {
        return dialect.deleteTakesAlias() ? "t" : step.policy().table().table();
    }

    /** Counts a type's expired rows (held or not): the dialect's count, or of one tenant's rows. Column: count. */
    public SqlStatement countExpired(PurgeStep step, Map<String, Instant> cutoffs) {
        PurgePolicy p = step.policy();
        SoftDeleteTable t = p.table();
        if (tenant == null || !tenantColumns.containsKey(p.entityName())) {
            return dialect.countExpired(t, cutoffs.get(p.entityName()));
        }
        SqlStatement.Builder sql = SqlStatement.builder("SELECT COUNT(*) FROM " + t.table() + " t WHERE t."
                + t.deletedAtColumn() + " < ").bind(cutoffs.get(p.entityName()));
        tenant(sql, p, "t");
        return sql.build();
    }

    /** Counts the rows a purge would erase now, and the oldest deletion among them. Columns: count, min. */
    public SqlStatement countPurgeable(PurgeStep step, Map<String, Instant> cutoffs) {
        SoftDeleteTable t = step.policy().table();
        SqlStatement.Builder sql = SqlStatement.builder("SELECT COUNT(*), MIN(t." + t.deletedAtColumn() + ") FROM "
                + t.table() + " t WHERE ");
        purgeable(sql, step, cutoffs, "t", false);
        return sql.build();
    }

    /** Deletes the plain rows that depend, along a foreign-key path, on the given purged ids. */
    public SqlStatement deleteDependents(List<TableReference> path, List<?> ids) {
        TableReference last = path.get(path.size() - 1);
        SqlStatement.Builder in = SqlStatement.builder().bindAll(ids);
        return SqlStatement.builder("DELETE FROM " + last.table() + " WHERE " + last.column() + " IN (")
                .append(referencingIds(path.subList(0, path.size() - 1), in.build())).sql(")").build();
    }

    /** Removes the given rows of a purged table for good, by id. */
    public SqlStatement deleteByIds(SoftDeleteTable t, List<?> ids) {
        return SqlStatement.builder("DELETE FROM " + t.table() + " WHERE " + t.idColumn() + " IN (").bindAll(ids)
                .sql(")").build();
    }

    /**
     * Appends the condition "row {@code q} may be purged now".
     *
     * @param q        how the purged table is named in the statement: its alias or its name
     * @param topLevel whether to write the deletion-group test as plain {@code NOT EXISTS} conditions, which
     *                 PostgreSQL turns into anti-joins; the same test, since no row's deletion id equals NULL.
     *                 Blocker tables then get an alias, so a self-reference cannot shadow {@code q}.
     */
    private void purgeable(SqlStatement.Builder where, PurgeStep step, Map<String, Instant> cutoffs, String q,
            boolean topLevel) {
        PurgePolicy p = step.policy();
        SoftDeleteTable t = p.table();
        where.sql(q + "." + t.deletedAtColumn() + " < ").bind(cutoffs.get(p.entityName()));
        tenant(where, p, q);
        String held = held(p, q);
        if (held != null) {
            where.sql(" AND NOT (" + held + ")");
        }
        if (!topLevel) {
            where.sql(" AND (" + q + "." + t.deletionIdColumn() + " IS NULL OR (1 = 1");
        }
        for (PurgePolicy member : step.groupMembers()) {
            SoftDeleteTable m = member.table();
            boolean self = member.entityName().equals(p.entityName());
            String memberHeld = held(member, "g");
            if (self && memberHeld == null) {
                // one delete stamps all its rows with one deleted_at, so a row's own group mates in its own table
                // expire with it; only a hold on one of them can keep it
                continue;
            }
            where.sql(" AND NOT EXISTS (SELECT 1 FROM " + m.table() + " g WHERE g." + m.deletionIdColumn() + " = " + q
                    + "." + t.deletionIdColumn());
            if (self) {
                where.sql(" AND (" + memberHeld + ")");
            } else if (member.purged()) {
                // alive members need no test: every restore clears the deletion id of the whole group, and
                // testing for them would make PostgreSQL hash every alive row's deletion id per batch
                where.sql(" AND (g." + m.deletedAtColumn() + " >= ").bind(cutoffs.get(member.entityName()));
                if (memberHeld != null) {
                    where.sql(" OR " + memberHeld);
                }
                where.sql(")");
            }
            where.sql(")");
        }
        if (!topLevel) {
            where.sql("))");
        }
        for (List<TableReference> blocker : step.blockers()) {
            TableReference last = blocker.get(blocker.size() - 1);
            SqlStatement ids = referencingIds(blocker.subList(0, blocker.size() - 1),
                    SqlStatement.of(q + "." + t.idColumn()));
            if (topLevel) {
                where.sql(" AND NOT EXISTS (SELECT 1 FROM " + last.table() + " b WHERE b." + last.column() + " IN (")
                        .append(ids).sql("))");
            } else {
                where.sql(" AND NOT EXISTS (SELECT 1 FROM " + last.table() + " WHERE " + last.column() + " IN (")
                        .append(ids).sql("))");
            }
        }
    }

    /** The ids of the rows at the end of a path whose start references {@code ids}; the ids when empty. */
    private static SqlStatement referencingIds(List<TableReference> path, SqlStatement ids) {
        SqlStatement inner = ids;
        for (TableReference fk : path) {
            inner = SqlStatement.builder("SELECT " + fk.idColumn() + " FROM " + fk.table() + " WHERE " + fk.column()
                    + " IN (").append(inner).sql(")").build();
        }
        return inner;
    }

    /** The condition "row {@code alias} is held", or {@code null} when the type has no hold. */
    private static String held(PurgePolicy p, String alias) {
        List<String> parts = new ArrayList<>();
        if (p.holdColumn() != null) {
            parts.add("COALESCE(" + alias + "." + p.holdColumn() + ", FALSE)");
        }
        if (p.holdPredicate() != null) {
            parts.add("COALESCE((" + p.holdPredicate() + "), FALSE)");
        }
        return parts.isEmpty() ? null : String.join(" OR ", parts);
    }
}

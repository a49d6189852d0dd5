package dev.reprieve.core.sql;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.purge.ForeignKeyReference;
import dev.reprieve.core.purge.PurgePolicy;
import dev.reprieve.core.purge.PurgeStep;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the retention purge, for one database family: which rows may go, the batch that goes next,
 * the dependents that go first, the archive and the cluster-lock table. Part of {@link SoftDeleteDialect}.
 *
 * <p>A row may go when it was deleted before its type's cutoff, is not held (legal-hold column or hold
 * predicate), no row of any table still references it, and no member of its deletion group is alive, held,
 * within retention or of a type that is never purged.
 */
public interface PurgeDialect {

    /** The single table archived rows go to, when an entity archives to the database. */
    String ARCHIVE_TABLE = "reprieve_archive";

    /** How a query keeps its first {@code n} rows. */
    default String limit(int n) {
        return " FETCH FIRST " + n + " ROWS ONLY";
    }

    /** A JSON object of the given columns of alias {@code t}, as text, for the archive's payload. */
    String rowAsJson(SoftDeleteTable t, List<TableColumn> columns);

    /** An id as text, for the archive's {@code row_id}. */
    default String idAsText(String expression) {
        return "CAST(" + expression + " AS VARCHAR(255))";
    }

    /** DDL creating the archive table and its index when missing. */
    List<String> createArchiveTable();

    /** DDL creating ShedLock's lock table when missing, as ShedLock documents it for this database. */
    List<String> createLockTable(String name);

    /** Binds an instant to a {@code deleted_at}-typed parameter, as Hibernate stores {@code Instant}. */
    default void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, value.atOffset(ZoneOffset.UTC));
    }

    /** Reads a {@code deleted_at}-typed column as an instant; {@code null} stays {@code null}. */
    default Instant readInstant(ResultSet rs, int index) throws SQLException {
        OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Locks and returns the next batch of purgeable rows in primary-key order, after the cursor when one
     * is given. Columns: id, deleted_at.
     *
     * @param cutoffs   per entity name, the instant before which its deleted rows are expired
     * @param cursor    the last (deleted_at, id) of the previous batch, or {@code null} for the first
     */
    default SqlStatement selectPurgeBatch(PurgeStep step, Map<String, Instant> cutoffs, Object[] cursor, int size) {
        // key order: each batch is a primary-key range, so its heap pages are neighbours and one run walks the
        // table once
        return selectPurgeBatch(step, cutoffs, step.policy().table().idColumn(), " > ?",
                cursor == null ? null : cursor[1], size, true);
    }

    /**
     * The next batch of purgeable rows in deletion-time order, through the {@code deleted_at} index: for
     * expired rows scattered among many alive ones, where walking the primary key would visit every row.
     * Rows deleted at the same instant as the previous batch's last are looked at again; each one returned
     * is purged or has stopped being purgeable, so every batch moves on. Columns: id, deleted_at.
     *
     *
     * @param from the previous batch's last deletion time, or {@code null} for the first batch
     * @param lock whether to lock the rows ({@code FOR UPDATE}): batches that archive or delete dependents
     *             need the exact rows; others repeat every condition in {@link #deletePurgeableIds}
     */
    default SqlStatement selectPurgeBatchByDeletionTime(PurgeStep step, Map<String, Instant> cutoffs, Instant from,
            int size, boolean lock) {
        return selectPurgeBatch(step, cutoffs, step.policy().table().deletedAtColumn(), " >= ?", from, size, lock);
    }

    /** The next {@code size} purgeable rows in {@code order}, from {@code cursor} on when it is not null. */
    private SqlStatement selectPurgeBatch(PurgeStep step, Map<String, Instant> cutoffs, String order, String fromCursor,
            Object cursor, int size, boolean lock) {
        SoftDeleteTable t = step.policy().table();
        List<Object> binds = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT t.").append(t.idColumn()).append(", t.")
                .append(t.deletedAtColumn()).append(" FROM ").append(t.table()).append(" t WHERE ")
                .append(purgeable(step, cutoffs, binds, "t", false));
        if (cursor != null) {
            sql.append(" AND t.").append(order).append(fromCursor);
            binds.add(cursor);
        }
        sql.append(" ORDER BY t.").append(order).append(limit(size)).append(lock ? " FOR UPDATE" : "");
        return new SqlStatement(sql.toString(), binds);
    }

    /** The lowest and highest id of a table, by its primary key. Columns: min, max. */
    default String idBounds(SoftDeleteTable t) {
        return "SELECT MIN(" + t.idColumn() + "), MAX(" + t.idColumn() + ") FROM " + t.table();
    }

    /**
     * Chooses the next range batch of a type that has no archive and no plain dependents: among the rows
     * that are expired and not held, the first {@code size} after the cursor in primary-key order. Reads no
     * lock; {@link #deletePurgeRange} repeats every condition, so the range only bounds the batch. Binds: the
     * cutoff, the cursor when given. Columns: lowest id, highest id, row count (0 when nothing is left).
     *
     * @param cursor the highest id of the previous range, or {@code null} for the first
     */
    default SqlStatement selectPurgeRange(PurgeStep step, Map<String, Instant> cutoffs, Object cursor, int size) {
        PurgePolicy p = step.policy();
        SoftDeleteTable t = p.table();
        List<Object> binds = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT MIN(r.purge_id), MAX(r.purge_id), COUNT(*) FROM (SELECT t.")
                .append(t.idColumn()).append(" AS purge_id FROM ").append(t.table()).append(" t WHERE t.")
                .append(t.deletedAtColumn()).append(" < ?");
        binds.add(cutoffs.get(p.entityName()));
        String held = held(p, "t");
        if (held != null) {
            sql.append(" AND NOT (").append(held).append(")");
        }
        if (cursor != null) {
            sql.append(" AND t.").append(t.idColumn()).append(" > ?");
            binds.add(cursor);
        }
        sql.append(" ORDER BY t.").append(t.idColumn()).append(limit(size)).append(") r");
        return new SqlStatement(sql.toString(), binds);
    }

    /**
     * Deletes the purgeable rows whose id lies in {@code [low, high]}, in one statement that repeats every
     * purge condition (expiry, hold, deletion group, references), so a row restored, held or referenced since
     * the range was chosen stays. Binds: low, high, then the conditions' values.
     */
    default SqlStatement deletePurgeRange(PurgeStep step, Map<String, Instant> cutoffs, Object low, Object high) {
        return deletePurgeable(step, cutoffs, id -> id + " >= ? AND " + id + " <= ?", List.of(low, high));
    }

    /**
     * Deletes those of the given rows that are still purgeable, repeating every purge condition like
     * {@link #deletePurgeRange}: for batches chosen without a lock. Binds: the ids, then the conditions' values.
     */
    default SqlStatement deletePurgeableIds(PurgeStep step, Map<String, Instant> cutoffs, List<Object> ids) {
        return deletePurgeable(step, cutoffs, id -> id + " IN (" + SoftDeleteDialect.placeholders(ids.size()) + ")",
                ids);
    }

    /** A {@code DELETE} of the rows whose id (qualified, passed in) meets {@code idCondition}, if still purgeable. */
    private SqlStatement deletePurgeable(PurgeStep step, Map<String, Instant> cutoffs,
            java.util.function.UnaryOperator<String> idCondition, List<Object> idBinds) {
        SoftDeleteTable t = step.policy().table();
        String q = deleteTakesAlias() ? "t" : t.table();
        List<Object> binds = new ArrayList<>(idBinds);
        String where = purgeable(step, cutoffs, binds, q, true);
        return new SqlStatement("DELETE FROM " + t.table() + (deleteTakesAlias() ? " t" : "") + " WHERE "
                + idCondition.apply(q + "." + t.idColumn()) + " AND " + where, binds);
    }

    /**
     * Whether a single-table {@code DELETE} may name its table with an alias; without one, the statement
     * qualifies the table's columns by the table name.
     */
    default boolean deleteTakesAlias() {
        return true;
    }

    /**
     * Statements run on the purge's connection before its batches. Batches repeat the same statement with
     * new cutoff and cursor values, so a database that caches generic plans must plan each one for its values.
     */
    default List<String> beginPurgeSession() {
        return List.of();
    }

    /** Undoes {@link #beginPurgeSession} before the connection goes back to the pool. */
    default List<String> endPurgeSession() {
        return List.of();
    }

    /** Counts a table's expired rows, held or not: the progress log's "of". Binds: the cutoff. */
    default String countExpired(SoftDeleteTable t) {
        return "SELECT COUNT(*) FROM " + t.table() + " WHERE " + t.deletedAtColumn() + " < ?";
    }

    /** Counts the rows a purge would erase now, and the oldest deletion among them. Columns: count, min. */
    default SqlStatement countPurgeable(PurgeStep step, Map<String, Instant> cutoffs) {
        SoftDeleteTable t = step.policy().table();
        List<Object> binds = new ArrayList<>();
        String where = purgeable(step, cutoffs, binds, "t", false);
        return new SqlStatement("SELECT COUNT(*), MIN(t." + t.deletedAtColumn() + ") FROM " + t.table() + " t WHERE "
                + where, binds);
    }

    /**
     * Counts alive, deleted and expired rows of a table in one scan. Binds: the cutoff, when not {@code null}.
     * Columns: alive, deleted, expired (0 without a cutoff).
     */
    default SqlStatement countByState(SoftDeleteTable t, Instant cutoff) {
        String at = t.deletedAtColumn();
        String expired = cutoff == null ? "0" : "COALESCE(SUM(CASE WHEN " + at + " < ? THEN 1 ELSE 0 END), 0)";
        return new SqlStatement("SELECT COALESCE(SUM(CASE WHEN " + at + " IS NULL THEN 1 ELSE 0 END), 0), COUNT("
                + at + "), " + expired + " FROM " + t.table(), cutoff == null ? List.of() : List.of(cutoff));
    }

    /**
     * Deletes the plain rows that depend, along a foreign-key path, on the given purged ids.
     * Binds: {@code idCount} ids of the purged table.
     */
    default String deleteDependents(List<ForeignKeyReference> path, int idCount) {
        ForeignKeyReference last = path.get(path.size() - 1);
        return "DELETE FROM " + last.table() + " WHERE " + last.column() + " IN ("
                + referencingIds(path.subList(0, path.size() - 1), SoftDeleteDialect.placeholders(idCount)) + ")";
    }

    /** Copies the given rows into the archive table. Binds: entity name, purge time, {@code idCount} ids. */
    default String archiveRows(SoftDeleteTable t, List<TableColumn> columns, int idCount) {
        return "INSERT INTO " + ARCHIVE_TABLE + " (entity_name, row_id, deleted_at, purged_at, payload) SELECT ?, "
                + idAsText("t." + t.idColumn()) + ", t." + t.deletedAtColumn() + ", ?, " + rowAsJson(t, columns)
                + " FROM " + t.table() + " t WHERE t." + t.idColumn() + " IN ("
                + SoftDeleteDialect.placeholders(idCount) + ")";
    }

    /** Reads whole rows by id, for the file archive. Binds: {@code idCount} ids. */
    default String selectRowsByIds(SoftDeleteTable t, int idCount) {
        return "SELECT * FROM " + t.table() + " WHERE " + t.idColumn() + " IN ("
                + SoftDeleteDialect.placeholders(idCount) + ")";
    }

    /** Returns no row, only the table's columns in its metadata. */
    default String selectNoRows(SoftDeleteTable t) {
        return "SELECT * FROM " + t.table() + " WHERE 1 = 0";
    }

    /**
     * The condition "row {@code q} may be purged now", appending its binds.
     *
     * @param q        how the purged table is named in the statement: its alias or its name
     * @param topLevel whether to write the deletion-group test as plain {@code NOT EXISTS} conditions, which
     *                 PostgreSQL turns into anti-joins; the same test, since no row's deletion id equals NULL.
     *                 Blocker tables then get an alias, so a self-reference cannot shadow {@code q}.
     */
    private String purgeable(PurgeStep step, Map<String, Instant> cutoffs, List<Object> binds, String q,
            boolean topLevel) {
        PurgePolicy p = step.policy();
        SoftDeleteTable t = p.table();
        StringBuilder where = new StringBuilder(q).append(".").append(t.deletedAtColumn()).append(" < ?");
        binds.add(cutoffs.get(p.entityName()));
        String held = held(p, q);
        if (held != null) {
            where.append(" AND NOT (").append(held).append(")");
        }
        if (!topLevel) {
            where.append(" AND (").append(q).append(".").append(t.deletionIdColumn()).append(" IS NULL OR (1 = 1");
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
            where.append(" AND NOT EXISTS (SELECT 1 FROM ").append(m.table()).append(" g WHERE g.")
                    .append(m.deletionIdColumn()).append(" = ").append(q).append(".").append(t.deletionIdColumn());
            if (self) {
                where.append(" AND (").append(memberHeld).append(")");
            } else if (member.purged()) {
                // alive members need no test: every restore clears the deletion id of the whole group, and
                // testing for them would make PostgreSQL hash every alive row's deletion id per batch
                where.append(" AND (g.").append(m.deletedAtColumn()).append(" >= ?");
                binds.add(cutoffs.get(member.entityName()));
                if (memberHeld != null) {
                    where.append(" OR ").append(memberHeld);
                }
                where.append(")");
            }
            where.append(")");
        }
        if (!topLevel) {
            where.append("))");
        }
        for (List<ForeignKeyReference> blocker : step.blockers()) {
            ForeignKeyReference last = blocker.get(blocker.size() - 1);
            String ids = referencingIds(blocker.subList(0, blocker.size() - 1), q + "." + t.idColumn());
            if (topLevel) {
                where.append(" AND NOT EXISTS (SELECT 1 FROM ").append(last.table()).append(" b WHERE b.")
                        .append(last.column()).append(" IN (").append(ids).append("))");
            } else {
                where.append(" AND NOT EXISTS (SELECT 1 FROM ").append(last.table()).append(" WHERE ")
                        .append(last.column()).append(" IN (").append(ids).append("))");
            }
        }
        return where.toString();
    }

    /** The ids of the rows at the end of a path whose start references {@code ids}; the ids when empty. */
    private static String referencingIds(List<ForeignKeyReference> path, String ids) {
        String inner = ids;
        for (ForeignKeyReference fk : path) {
            inner = "SELECT " + fk.idColumn() + " FROM " + fk.table() + " WHERE " + fk.column() + " IN (" + inner + ")";
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

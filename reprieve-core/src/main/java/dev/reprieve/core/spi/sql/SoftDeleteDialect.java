package dev.reprieve.core.spi.sql;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.spi.cascade.Relation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * All SQL Reprieve writes, for one database family. Statements are {@link SqlStatement}s: each placeholder
 * is written together with its value (callers pass the values). There is one implementation per family and no SQL anywhere else.
 */
public interface SoftDeleteDialect extends PurgeDialect {

    /** A short name for logs and docs: {@code h2}, {@code postgresql}, {@code mariadb}. */
    String name();

    /**
     * The most values one {@code IN (...)} list of a statement holds; longer lists go in chunks
     * ({@link InLists}). 1,000 keeps every statement far below each database's bind-parameter limit
     * (PostgreSQL 32,767, MariaDB 65,535) with room for the conditions around the list, and its plans stable.
     */
    default int maxInListSize() {
        return 1000;
    }

    /**
     * Marks alive rows by id, stamping them with one deletion. Already-deleted rows are left alone so their
     * first deletion stays.
     */
    default SqlStatement markDeletedByIds(SoftDeleteTable t, Object deletedAt, Object deletedBy, Object deletionId,
            Collection<?> ids) {
        return markDeletedByIds(t, deletedAt, deletedBy, deletionId, null, ids);
    }

    /**
     * As {@link #markDeletedByIds(SoftDeleteTable, Object, Object, Object, Collection)}, also writing the
     * operation's reason (a value, possibly null) where the table has a reason column, in the same statement.
     */
    default SqlStatement markDeletedByIds(SoftDeleteTable t, Object deletedAt, Object deletedBy, Object deletionId,
            Object reason, Collection<?> ids) {
        return stamp(SqlStatement.builder("UPDATE " + t.table() + " SET "), t, deletedAt, deletedBy, deletionId, reason)
                .sql(" WHERE " + t.idColumn() + " IN (").bindAll(ids)
                .sql(") AND " + t.deletedAtColumn() + " IS NULL").build();
    }

    /** Marks every alive row of the table with one deletion. */
    default SqlStatement markAllDeleted(SoftDeleteTable t, Object deletedAt, Object deletedBy, Object deletionId) {
        return markAllDeleted(t, deletedAt, deletedBy, deletionId, null);
    }

    /** Marks every alive row of the table with one deletion and its reason (where the table stores reasons). */
    default SqlStatement markAllDeleted(SoftDeleteTable t, Object deletedAt, Object deletedBy, Object deletionId,
            Object reason) {
        return stamp(SqlStatement.builder("UPDATE " + t.table() + " SET "), t, deletedAt, deletedBy, deletionId, reason)
                .sql(" WHERE " + t.deletedAtColumn() + " IS NULL").build();
    }

    /** Brings back every row one delete operation marked. */
    default SqlStatement restoreGroup(SoftDeleteTable t, Object deletionId) {
        return SqlStatement.builder("UPDATE " + t.table() + " SET " + clearAssignments(t) + " WHERE "
                + t.deletionIdColumn() + " = ").bind(deletionId).build();
    }

    /** Brings back one deleted row. */
    default SqlStatement restoreById(SoftDeleteTable t, Object id) {
        return SqlStatement.builder("UPDATE " + t.table() + " SET " + clearAssignments(t) + " WHERE " + t.idColumn()
                + " = ").bind(id).sql(" AND " + t.deletedAtColumn() + " IS NOT NULL").build();
    }

    /** Reads the deletion state of one row, alive or not. Columns: deleted_at, deletion_id, deleted_by. */
    default SqlStatement selectDeletionState(SoftDeleteTable t, Object id) {
        return deletionState(t, id).build();
    }

    private static SqlStatement.Builder deletionState(SoftDeleteTable t, Object id) {
        return SqlStatement.builder("SELECT " + t.deletedAtColumn() + ", " + t.deletionIdColumn() + ", "
                + t.deletedByColumn() + " FROM " + t.table() + " WHERE " + t.idColumn() + " = ").bind(id);
    }

    /** Removes rows for good. Only ever run inside {@code HardDeletes}. */
    default SqlStatement hardDeleteByIds(SoftDeleteTable t, Collection<?> ids) {
        return SqlStatement.builder("DELETE FROM " + t.table() + " WHERE " + t.idColumn() + " IN (").bindAll(ids)
                .sql(")").build();
    }

    /**
     * Locks one row for the rest of the transaction and reads its deletion state, so that a restore and a
     * delete of the same row run one after the other. Columns: deleted_at, deletion_id, deleted_by.
     */
    default SqlStatement lockDeletionState(SoftDeleteTable t, Object id) {
        return deletionState(t, id).sql(" FOR UPDATE").build();
    }

    /**
     * Locks rows about to be deleted or restored, in ascending id order (one global order, so two operations
     * never wait for each other crosswise), waiting for any transaction that is changing them so the
     * operation then sees their committed state instead of an older snapshot.
     */
    default SqlStatement lockByIds(SoftDeleteTable t, Collection<?> ids) {
        return SqlStatement.builder("SELECT " + t.idColumn() + " FROM " + t.table() + " WHERE " + t.idColumn()
                + " IN (").bindAll(ids).sql(") ORDER BY " + t.idColumn() + " FOR UPDATE").build();
    }

    /**
     * The parents some child rows reference through a relationship, so that an operation can lock the rows
     * above the ones it changes before them. Columns: parent id.
     */
    default SqlStatement selectParentIds(Relation r, Collection<?> childIds) {
        return SqlStatement.builder("SELECT DISTINCT " + r.foreignKeyColumn() + " FROM " + r.childTable() + " WHERE "
                + r.childIdColumn() + " IN (").bindAll(childIds)
                .sql(") AND " + r.foreignKeyColumn() + " IS NOT NULL").build();
    }

    /** Ids of the rows one operation marked. */
    default SqlStatement selectIdsOfOperation(SoftDeleteTable t, Object deletionId) {
        return SqlStatement.builder("SELECT " + t.idColumn() + " FROM " + t.table() + " WHERE "
                + t.deletionIdColumn() + " = ").bind(deletionId).build();
    }

    /**
     * Cascade, one statement per relationship and level: marks the alive children of every parent row the
     * operation has marked so far, with the operation's deletion. {@code parentDeletionId} is the same
     * operation id, typed as the parent's column.
     */
    default SqlStatement cascadeMark(Relation r, Object deletedAt, Object deletedBy, Object deletionId,
            Object parentDeletionId) {
        return cascadeMark(r, deletedAt, deletedBy, deletionId, null, parentDeletionId);
    }

    /** As {@link #cascadeMark(Relation, Object, Object, Object, Object)}, with the operation's reason where the child stores reasons. */
    default SqlStatement cascadeMark(Relation r, Object deletedAt, Object deletedBy, Object deletionId, Object reason,
            Object parentDeletionId) {
        SoftDeleteTable c = r.child();
        return stamp(SqlStatement.builder("UPDATE " + r.childTable() + " SET "), c, deletedAt, deletedBy, deletionId,
                reason)
                .sql(" WHERE " + r.foreignKeyColumn() + " IN (").append(parentsOfOperation(r, parentDeletionId))
                .sql(") AND " + c.deletedAtColumn() + " IS NULL").build();
    }

    /** Counts the alive children that block an operation through a RESTRICT relationship. */
    default SqlStatement countAliveChildren(Relation r, Object deletionId) {
        return SqlStatement.builder("SELECT COUNT(*) FROM " + r.childTable() + " WHERE ")
                .append(aliveChildrenOfOperation(r, deletionId)).build();
    }

    /** Ids of the alive children a DETACH relationship is about to let go. */
    default SqlStatement selectAliveChildIds(Relation r, Object deletionId) {
        return SqlStatement.builder("SELECT " + r.childIdColumn() + " FROM " + r.childTable() + " WHERE ")
                .append(aliveChildrenOfOperation(r, deletionId)).build();
    }

    /**
     * Ids of the soft-deleted children of one parent row through a relationship: the rows already in the
     * trash that a hard delete of the parent takes with it (CASCADE) or is refused for (RESTRICT).
     * Columns: child id.
     */
    default SqlStatement selectDeletedChildIds(Relation r, Object parentId) {
        return SqlStatement.builder("SELECT " + r.childIdColumn() + " FROM " + r.childTable() + " WHERE "
                + r.foreignKeyColumn() + " = ").bind(parentId).sql(" AND " + r.child().deletedAtColumn()
                + " IS NOT NULL ORDER BY " + r.childIdColumn()).build();
    }

    /** Counts the rows, alive or deleted, whose foreign key references one row. */
    default SqlStatement countReferencing(String table, String foreignKeyColumn, Object referencedId) {
        return SqlStatement.builder("SELECT COUNT(*) FROM " + table + " WHERE " + foreignKeyColumn + " = ")
                .bind(referencedId).build();
    }

    /** DETACH: sets the reference of alive children of the operation's rows to NULL. */
    default SqlStatement detachChildren(Relation r, Object deletionId) {
        return SqlStatement.builder("UPDATE " + r.childTable() + " SET " + r.foreignKeyColumn() + " = NULL WHERE ")
                .append(aliveChildrenOfOperation(r, deletionId)).build();
    }

    /** The parent of one child row through a relationship, alive or not. Columns: parent id, deleted_at, deletion_id. */
    default SqlStatement selectParentState(Relation r, Object childId) {
        return parentState(r, childId).build();
    }

    private static SqlStatement.Builder parentState(Relation r, Object childId) {
        SoftDeleteTable p = r.parent();
        return SqlStatement.builder("SELECT p." + p.idColumn() + ", p." + p.deletedAtColumn() + ", p."
                + p.deletionIdColumn() + " FROM " + r.childTable() + " c JOIN " + p.table() + " p ON p."
                + p.idColumn() + " = c." + r.foreignKeyColumn() + " WHERE c." + r.childIdColumn() + " = ")
                .bind(childId);
    }

    /**
     * {@link #selectParentState} as a locking read: it sees the latest committed state even where the
     * transaction reads an older snapshot otherwise (MariaDB's REPEATABLE READ), so a restore never trusts a
     * parent that a delete committed while the restore waited for its locks.
     */
    default SqlStatement lockParentState(Relation r, Object childId) {
        return parentState(r, childId).sql(" FOR UPDATE").build();
    }

    /**
     * One row of an operation whose parent is deleted by another operation (or without one): restoring the
     * operation would leave it alive under a deleted parent. A locking read, for the reason given at
     * {@link #lockParentState}. The operation id comes twice, typed as the child's and as the parent's
     * column. Columns: child id, parent id.
     */
    default SqlStatement selectChildOfOperationUnderDeletedParent(Relation r, Object childDeletionId,
            Object parentDeletionId) {
        SoftDeleteTable p = r.parent();
        SoftDeleteTable c = r.child();
        return SqlStatement.builder("SELECT c." + r.childIdColumn() + ", p." + p.idColumn() + " FROM "
                + r.childTable() + " c JOIN " + p.table() + " p ON p." + p.idColumn() + " = c."
                + r.foreignKeyColumn() + " WHERE c." + c.deletionIdColumn() + " = ").bind(childDeletionId)
                .sql(" AND p." + p.deletedAtColumn() + " IS NOT NULL AND (p." + p.deletionIdColumn() + " IS NULL OR p."
                        + p.deletionIdColumn() + " <> ").bind(parentDeletionId).sql(") LIMIT 1 FOR UPDATE").build();
    }

    /** The ids of the parent rows an operation has marked, as a subquery. */
    default SqlStatement parentsOfOperation(Relation r, Object deletionId) {
        SoftDeleteTable p = r.parent();
        return SqlStatement.builder("SELECT " + p.idColumn() + " FROM " + p.table() + " WHERE "
                + p.deletionIdColumn() + " = ").bind(deletionId).build();
    }

    private SqlStatement.Builder aliveChildrenOfOperation(Relation r, Object deletionId) {
        return SqlStatement.builder(r.foreignKeyColumn() + " IN (").append(parentsOfOperation(r, deletionId))
                .sql(")" + (r.childSoftDeletable() ? " AND " + r.child().deletedAtColumn() + " IS NULL" : ""));
    }

    /**
     * The indexes a soft-deletable table needs so that alive reads and trash or purge scans stay fast.
     * Names are derived from the table so they are stable across runs.
     * The indexes a soft-deletable table needs so that trash listings, group restores and purge scans stay
     * fast: plain B-tree indexes here; dialects with partial indexes do better. Names derive from the table
     * so they are stable across runs.
     */
    default List<String> createIndexes(SoftDeleteTable t) {
        return List.of(
                "CREATE INDEX IF NOT EXISTS " + indexName(t, "deleted_at_idx") + " ON " + t.table()
                        + " (" + t.deletedAtColumn() + ")",
                "CREATE INDEX IF NOT EXISTS " + indexName(t, "deletion_id_idx") + " ON " + t.table()
                        + " (" + t.deletionIdColumn() + ")");
    }

    /** The generated column, 1 for alive rows and NULL for deleted ones, of databases without partial indexes. */
    String ALIVE_MARKER = "reprieve_alive";

    /**
     * The DDL that makes the database enforce a {@code @UniqueWhenAlive} key: any number of deleted rows
     * may share a value, at most one alive row may hold it. Runs after the table exists; idempotent. Here,
     * for databases without partial indexes: the alive marker, {@code NULL} for deleted rows, ends the
     * unique key, and NULLs never collide in a unique index.
     */
    default List<String> createUniqueWhenAlive(UniqueAliveConstraint key) {
        return List.of(
                "ALTER TABLE " + key.table().table() + " ADD COLUMN IF NOT EXISTS " + ALIVE_MARKER + " "
                        + aliveMarkerDefinition(key.table()),
                "CREATE UNIQUE INDEX IF NOT EXISTS " + key.indexName() + " ON " + key.table().table() + " ("
                        + columnList(key.columns()) + ", " + ALIVE_MARKER + ")");
    }

    /** The type and generation expression of the alive marker column, in this database's syntax. */
    default String aliveMarkerDefinition(SoftDeleteTable t) {
        return "TINYINT GENERATED ALWAYS AS (CASE WHEN " + t.deletedAtColumn() + " IS NULL THEN 1 END)";
    }

    /**
     * The index that keeps {@code WHERE fk = ? AND deleted_at IS NULL ORDER BY id LIMIT n} as fast as on a
     * table without deleted rows. Idempotent. Here: equality on (fk, deleted_at IS NULL) leaves the entries
     * ordered by id, so a page is one index range.
     */
    default String createAliveForeignKeyIndex(SoftDeleteTable t, String foreignKeyColumn) {
        return "CREATE INDEX IF NOT EXISTS " + aliveForeignKeyIndexName(t, foreignKeyColumn) + " ON "
                + t.table() + " (" + foreignKeyColumn + ", " + t.deletedAtColumn() + ", " + t.idColumn() + ")";
    }

    /**
     * The generated column that is 1 for alive rows and {@code NULL} for deleted ones, where this database
     * needs one inside its unique-when-alive indexes (no partial indexes); empty otherwise.
     */
    default Optional<String> aliveMarkerColumn() {
        return Optional.of(ALIVE_MARKER);
    }

    /**
     * Deleted rows of one delete operation whose key an alive row holds. Columns: the deleted row's id, the
     * alive holder's id, then the key's values.
     */
    default SqlStatement selectRestoreConflictsByDeletionId(UniqueAliveConstraint key, Object deletionId) {
        return restoreConflicts(key).sql(" AND d." + key.table().deletionIdColumn() + " = ").bind(deletionId).build();
    }

    /** As {@link #selectRestoreConflictsByDeletionId}, for one deleted row. */
    default SqlStatement selectRestoreConflictsById(UniqueAliveConstraint key, Object id) {
        SoftDeleteTable t = key.table();
        return restoreConflicts(key).sql(" AND d." + t.idColumn() + " = ").bind(id)
                .sql(" AND d." + t.deletedAtColumn() + " IS NOT NULL").build();
    }

    private static SqlStatement.Builder restoreConflicts(UniqueAliveConstraint key) {
        SoftDeleteTable t = key.table();
        return SqlStatement.builder("SELECT d." + t.idColumn() + ", a." + t.idColumn()
                + key.columns().stream().map(c -> ", d." + c).collect(Collectors.joining())
                + " FROM " + t.table() + " d JOIN " + t.table() + " a ON "
                + key.columns().stream().map(c -> "a." + c + " = d." + c).collect(Collectors.joining(" AND "))
                + " WHERE a." + t.deletedAtColumn() + " IS NULL");
    }

    /**
     * Whether an {@code UPDATE ... WHERE id = ? AND deleted_at IS NULL} waits for a transaction changing the row
     * and then tests the row as that transaction committed it (InnoDB's locking read). Where it does not (it
     * tests the row as its snapshot saw it, e.g. PostgreSQL), a delete locks its row first, so it cannot miss
     * a row a concurrent restore brings back.
     */
    default boolean updateRereadsChangedRows() {
        return false;
    }

    /**
     * Whether a unique violation's message may come from {@code key}'s index as a partition of a partitioned
     * table holds it, under a name the database chose: the index a statement violates there is the partition's,
     * not the one Reprieve created on the table. False where partitions report the table's index name.
     */
    default boolean namesPartitionIndexOf(String databaseMessage, UniqueAliveConstraint key) {
        return false;
    }

    /**
     * The key value a unique violation names, read from this database's error message (for the conflict
     * message only, unquoted, composite values as the database joins them); empty when the message does not say.
     */
    default Optional<String> violatedValue(String databaseMessage) {
        return Optional.empty();
    }

    /** The derived name of a unique-when-alive index: {@code <table>_<columns>_alive_uq}. */
    static String uniqueAliveIndexName(SoftDeleteTable t, List<String> columns) {
        return indexName(t, columns.stream().map(SoftDeleteDialect::bare).collect(Collectors.joining("_")) + "_alive_uq");
    }

    /** The name of the alive index of a foreign key: {@code <table>_<column>_alive_idx}. */
    static String aliveForeignKeyIndexName(SoftDeleteTable t, String foreignKeyColumn) {
        return indexName(t, bare(foreignKeyColumn) + "_alive_idx");
    }

    /** A column list for DDL. */
    static String columnList(List<String> columns) {
        return String.join(", ", columns);
    }

    private static String bare(String identifier) {
        return identifier.replace("\"", "").replace("`", "");
    }

    // ---- the admin's trash and history: the per-database pieces TrashSql and AuditSql build on ----

    /** An expression converted to text, so that ids and labels of every table fit one UNION column. */
    default String castToText(String expression) {
        return "CAST(" + expression + " AS VARCHAR)";
    }

    /** An expression converted to a 64-bit integer, so that numeric ids sort as numbers across a UNION. */
    default String castToInteger(String expression) {
        return "CAST(" + expression + " AS BIGINT)";
    }

    /** The column type for instants in tables Reprieve creates itself (the admin's history). */
    default String timestampType() {
        return "TIMESTAMP(6) WITH TIME ZONE";
    }

    /** The JDBC value to bind for an instant in a {@link #timestampType()} column. */
    default Object timestampValue(java.time.Instant instant) {
        return java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    /** The class to ask JDBC's {@code getObject(column, class)} for when reading a {@link #timestampType()} column. */
    default Class<?> timestampClass() {
        return java.time.OffsetDateTime.class;
    }

    /** Reads back what {@link #timestampValue} stored, as {@code getObject(column, timestampClass())} returns it. */
    default java.time.Instant readTimestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("cannot read a timestamp from " + value.getClass().getName());
    }

    /** Creates an index unless one of that name exists. */
    default String createIndexIfMissing(String indexName, String table, String column) {
        return "CREATE INDEX IF NOT EXISTS " + indexName + " ON " + table + " (" + column + ")";
    }

    static String placeholders(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one placeholder is needed, got " + count);
        }
        return "?" + ", ?".repeat(count - 1);
    }

    /** Writes the deletion columns' assignments with their values, the reason's only where the table stores it. */
    private static SqlStatement.Builder stamp(SqlStatement.Builder sql, SoftDeleteTable t, Object deletedAt,
            Object deletedBy, Object deletionId, Object reason) {
        sql.sql(t.deletedAtColumn() + " = ").bind(deletedAt).sql(", " + t.deletedByColumn() + " = ")
                .bind(deletedBy).sql(", " + t.deletionIdColumn() + " = ").bind(deletionId);
        if (t.deletionReasonColumn() != null) {
            sql.sql(", " + t.deletionReasonColumn() + " = ").bind(reason);
        }
        return sql;
    }

    private static String clearAssignments(SoftDeleteTable t) {
        return t.deletedAtColumn() + " = NULL, " + t.deletedByColumn() + " = NULL, " + t.deletionIdColumn() + " = NULL"
                + (t.deletionReasonColumn() != null ? ", " + t.deletionReasonColumn() + " = NULL" : "");
    }

    /**
     * A stable index name within the 63-character limit of PostgreSQL (MariaDB allows 64), from the table's own
     * name: the index lives in the table's schema, so a unit mapped to another schema keeps the same index names.
     */
    static String indexName(SoftDeleteTable t, String suffix) {
        String base = QualifiedNames.unqualified(t.table()).replace("\"", "").replace("`", "");
        String name = base + "_" + suffix;
        return name.length() <= 60 ? name : name.substring(0, 51) + "_" + Integer.toHexString(name.hashCode());
    }
}

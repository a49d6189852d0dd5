package dev.reprieve.core.spi.sql;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.spi.cascade.Relation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * All SQL Reprieve writes, for one database family. Statements use {@code ?} placeholders; callers bind
 * values in the documented order. There is one implementation per family and no SQL anywhere else.
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
     * Marks alive rows by id. Binds: deletedAt, deletedBy, deletionId, then {@code idCount} ids.
     * Already-deleted rows are left alone so their first deletion stays.
     */
    default String markDeletedByIds(SoftDeleteTable t, int idCount) {
        return "UPDATE " + t.table() + " SET " + stampAssignments(t) + " WHERE " + t.idColumn() + " IN ("
                + placeholders(idCount) + ") AND " + t.deletedAtColumn() + " IS NULL";
    }

    /** Marks every alive row of the table. Binds: deletedAt, deletedBy, deletionId. */
    default String markAllDeleted(SoftDeleteTable t) {
        return "UPDATE " + t.table() + " SET " + stampAssignments(t) + " WHERE " + t.deletedAtColumn() + " IS NULL";
    }

    /** Brings back every row one delete operation marked. Binds: deletionId. */
    default String restoreGroup(SoftDeleteTable t) {
        return "UPDATE " + t.table() + " SET " + clearAssignments(t) + " WHERE " + t.deletionIdColumn() + " = ?";
    }

    /** Brings back one deleted row. Binds: id. */
    default String restoreById(SoftDeleteTable t) {
        return "UPDATE " + t.table() + " SET " + clearAssignments(t) + " WHERE " + t.idColumn() + " = ? AND "
                + t.deletedAtColumn() + " IS NOT NULL";
    }

    /** Reads the deletion state of one row, alive or not. Binds: id. Columns: deleted_at, deletion_id, deleted_by. */
    default String selectDeletionState(SoftDeleteTable t) {
        return "SELECT " + t.deletedAtColumn() + ", " + t.deletionIdColumn() + ", " + t.deletedByColumn() + " FROM "
                + t.table() + " WHERE " + t.idColumn() + " = ?";
    }

    /** Removes rows for good. Binds: {@code idCount} ids. Only ever run inside {@code HardDeletes}. */
    default String hardDeleteByIds(SoftDeleteTable t, int idCount) {
        return "DELETE FROM " + t.table() + " WHERE " + t.idColumn() + " IN (" + placeholders(idCount) + ")";
    }

    /**
     * Locks one row for the rest of the transaction and reads its deletion state, so that a restore and a
     * delete of the same row run one after the other. Binds: id. Columns: deleted_at, deletion_id.
     */
    default String lockDeletionState(SoftDeleteTable t) {
        return selectDeletionState(t) + " FOR UPDATE";
    }

    /**
     * Locks rows about to be deleted or restored, in ascending id order (one global order, so two operations
     * never wait for each other crosswise), waiting for any transaction that is changing them so the
     * operation then sees their committed state instead of an older snapshot. Binds: {@code idCount} ids.
     */
    default String lockByIds(SoftDeleteTable t, int idCount) {
        return "SELECT " + t.idColumn() + " FROM " + t.table() + " WHERE " + t.idColumn() + " IN ("
                + placeholders(idCount) + ") ORDER BY " + t.idColumn() + " FOR UPDATE";
    }

    /**
     * The parents some child rows reference through a relationship, so that an operation can lock the rows
     * above the ones it changes before them. Binds: {@code idCount} child ids. Columns: parent id.
     */
    default String selectParentIds(Relation r, int idCount) {
        return "SELECT DISTINCT " + r.foreignKeyColumn() + " FROM " + r.childTable() + " WHERE " + r.childIdColumn()
                + " IN (" + placeholders(idCount) + ") AND " + r.foreignKeyColumn() + " IS NOT NULL";
    }

    /** Ids of the rows one operation marked. Binds: deletionId. */
    default String selectIdsOfOperation(SoftDeleteTable t) {
        return "SELECT " + t.idColumn() + " FROM " + t.table() + " WHERE " + t.deletionIdColumn() + " = ?";
    }

    /**
     * Cascade, one statement per relationship and level: marks the alive children of every parent row the
     * operation has marked so far. Binds: deletedAt, deletedBy, deletionId, then deletionId again.
     */
    default String cascadeMark(Relation r) {
        SoftDeleteTable c = r.child();
        return "UPDATE " + r.childTable() + " SET " + stampAssignments(c) + " WHERE " + r.foreignKeyColumn()
                + " IN (" + parentsOfOperation(r) + ") AND " + c.deletedAtColumn() + " IS NULL";
    }

    /** Counts the alive children that block an operation through a RESTRICT relationship. Binds: deletionId. */
    default String countAliveChildren(Relation r) {
        return "SELECT COUNT(*) FROM " + r.childTable() + " WHERE " + aliveChildrenOfOperation(r);
    }

    /** Ids of the alive children a DETACH relationship is about to let go. Binds: deletionId. */
    default String selectAliveChildIds(Relation r) {
        return "SELECT " + r.childIdColumn() + " FROM " + r.childTable() + " WHERE " + aliveChildrenOfOperation(r);
    }

    /**
     * Ids of the soft-deleted children of one parent row through a relationship: the rows already in the
     * trash that a hard delete of the parent takes with it (CASCADE) or is refused for (RESTRICT).
     * Binds: parent id. Columns: child id.
     */
    default String selectDeletedChildIds(Relation r) {
        return "SELECT " + r.childIdColumn() + " FROM " + r.childTable() + " WHERE " + r.foreignKeyColumn()
                + " = ? AND " + r.child().deletedAtColumn() + " IS NOT NULL ORDER BY " + r.childIdColumn();
    }

    /** Counts the rows, alive or deleted, whose foreign key references one row. Binds: the referenced id. */
    default String countReferencing(String table, String foreignKeyColumn) {
        return "SELECT COUNT(*) FROM " + table + " WHERE " + foreignKeyColumn + " = ?";
    }

    /** DETACH: sets the reference of alive children of the operation's rows to NULL. Binds: deletionId. */
    default String detachChildren(Relation r) {
        return "UPDATE " + r.childTable() + " SET " + r.foreignKeyColumn() + " = NULL WHERE "
                + aliveChildrenOfOperation(r);
    }

    /**
     * The parent of one child row through a relationship, alive or not. Binds: child id.
     * Columns: parent id, parent deleted_at, parent deletion_id.
     */
    default String selectParentState(Relation r) {
        SoftDeleteTable p = r.parent();
        return "SELECT p." + p.idColumn() + ", p." + p.deletedAtColumn() + ", p." + p.deletionIdColumn() + " FROM "
                + r.childTable() + " c JOIN " + p.table() + " p ON p." + p.idColumn() + " = c." + r.foreignKeyColumn()
                + " WHERE c." + r.childIdColumn() + " = ?";
    }

    /**
     * {@link #selectParentState} as a locking read: it sees the latest committed state even where the
     * transaction reads an older snapshot otherwise (MariaDB's REPEATABLE READ), so a restore never trusts a
     * parent that a delete committed while the restore waited for its locks.
     */
    default String lockParentState(Relation r) {
        return selectParentState(r) + " FOR UPDATE";
    }

    /**
     * One row of an operation whose parent is deleted by another operation (or without one): restoring the
     * operation would leave it alive under a deleted parent. A locking read, for the reason given at
     * {@link #lockParentState}. Binds: deletionId, deletionId. Columns: child id, parent id.
     */
    default String selectChildOfOperationUnderDeletedParent(Relation r) {
        SoftDeleteTable p = r.parent();
        SoftDeleteTable c = r.child();
        return "SELECT c." + r.childIdColumn() + ", p." + p.idColumn() + " FROM " + r.childTable() + " c JOIN "
                + p.table() + " p ON p." + p.idColumn() + " = c." + r.foreignKeyColumn() + " WHERE c."
                + c.deletionIdColumn() + " = ? AND p." + p.deletedAtColumn() + " IS NOT NULL AND (p."
                + p.deletionIdColumn() + " IS NULL OR p." + p.deletionIdColumn() + " <> ?) LIMIT 1 FOR UPDATE";
    }

    /** The ids of the parent rows an operation has marked, as a subquery. Binds: deletionId. */
    default String parentsOfOperation(Relation r) {
        SoftDeleteTable p = r.parent();
        return "SELECT " + p.idColumn() + " FROM " + p.table() + " WHERE " + p.deletionIdColumn() + " = ?";
    }

    private String aliveChildrenOfOperation(Relation r) {
        return r.foreignKeyColumn() + " IN (" + parentsOfOperation(r) + ")"
                + (r.childSoftDeletable() ? " AND " + r.child().deletedAtColumn() + " IS NULL" : "");
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
     * Deleted rows of one delete operation whose key an alive row holds. Binds: deletionId. Columns: the
     * deleted row's id, the alive holder's id, then the key's values.
     */
    default String selectRestoreConflictsByDeletionId(UniqueAliveConstraint key) {
        return restoreConflicts(key) + " AND d." + key.table().deletionIdColumn() + " = ?";
    }

    /** As {@link #selectRestoreConflictsByDeletionId}, for one deleted row. Binds: id. */
    default String selectRestoreConflictsById(UniqueAliveConstraint key) {
        SoftDeleteTable t = key.table();
        return restoreConflicts(key) + " AND d." + t.idColumn() + " = ? AND d." + t.deletedAtColumn() + " IS NOT NULL";
    }

    private static String restoreConflicts(UniqueAliveConstraint key) {
        SoftDeleteTable t = key.table();
        return "SELECT d." + t.idColumn() + ", a." + t.idColumn()
                + key.columns().stream().map(c -> ", d." + c).collect(Collectors.joining())
                + " FROM " + t.table() + " d JOIN " + t.table() + " a ON "
                + key.columns().stream().map(c -> "a." + c + " = d." + c).collect(Collectors.joining(" AND "))
                + " WHERE a." + t.deletedAtColumn() + " IS NULL";
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

    private static String stampAssignments(SoftDeleteTable t) {
        return t.deletedAtColumn() + " = ?, " + t.deletedByColumn() + " = ?, " + t.deletionIdColumn() + " = ?";
    }

    private static String clearAssignments(SoftDeleteTable t) {
        return t.deletedAtColumn() + " = NULL, " + t.deletedByColumn() + " = NULL, " + t.deletionIdColumn() + " = NULL";
    }

    /** A stable index name within the 63-character limit of PostgreSQL (MariaDB allows 64). */
    static String indexName(SoftDeleteTable t, String suffix) {
        String base = t.table().replace("\"", "").replace("`", "").replace('.', '_');
        String name = base + "_" + suffix;
        return name.length() <= 60 ? name : name.substring(0, 51) + "_" + Integer.toHexString(name.hashCode());
    }
}

package dev.reprieve.core.sql;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * All SQL Reprieve writes, for one database family. Statements use {@code ?} placeholders; callers bind
 * values in the documented order. There is one implementation per family and no SQL anywhere else.
 */
public interface SoftDeleteDialect {

    /** A short name for logs and docs: {@code h2}, {@code postgresql}, {@code mariadb}. */
    String name();

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

    /** Reads the deletion state of one row, alive or not. Binds: id. Columns: deleted_at, deletion_id. */
    default String selectDeletionState(SoftDeleteTable t) {
        return "SELECT " + t.deletedAtColumn() + ", " + t.deletionIdColumn() + " FROM " + t.table() + " WHERE "
                + t.idColumn() + " = ?";
    }

    /** Removes rows for good. Binds: {@code idCount} ids. Only ever run inside {@code HardDeletes}. */
    default String hardDeleteByIds(SoftDeleteTable t, int idCount) {
        return "DELETE FROM " + t.table() + " WHERE " + t.idColumn() + " IN (" + placeholders(idCount) + ")";
    }

    /**
     * The indexes a soft-deletable table needs so that alive reads and trash or purge scans stay fast.
     * Names are derived from the table so they are stable across runs.
     */
    List<String> createIndexes(SoftDeleteTable t);

    /** Drops what {@link #createIndexes} created. */
    List<String> dropIndexes(SoftDeleteTable t);

    /**
     * The DDL that makes the database enforce a {@code @UniqueWhenAlive} key: any number of deleted rows
     * may share a value, at most one alive row may hold it. Runs after the table exists; idempotent.
     */
    List<String> createUniqueWhenAlive(UniqueAliveConstraint key);

    /**
     * The index that keeps {@code WHERE fk = ? AND deleted_at IS NULL ORDER BY id LIMIT n} as fast as on a
     * table without deleted rows. Idempotent.
     */
    String createAliveForeignKeyIndex(SoftDeleteTable t, String foreignKeyColumn);

    /**
     * The generated column that is 1 for alive rows and {@code NULL} for deleted ones, where this database
     * needs one inside its unique-when-alive indexes (no partial indexes); empty otherwise.
     */
    default Optional<String> aliveMarkerColumn() {
        return Optional.empty();
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

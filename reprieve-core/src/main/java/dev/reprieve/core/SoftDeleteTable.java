package dev.reprieve.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What Reprieve knows about one soft-deletable entity type: its table and the columns it writes.
 * Built once at startup by a metadata source (the Hibernate integration reads the ORM mapping).
 *
 * @param entityName   the entity's name as used in JPQL ({@code Todo})
 * @param javaType     the mapped class
 * @param table        the table name as the database knows it
 * @param idColumn     the single primary-key column
 * @param deletedAtColumn  the timestamp that is {@code NULL} for alive rows
 * @param deletedByColumn  who deleted the row
 * @param deletionIdColumn the id of the delete operation that marked the row (shared by a cascade group)
 * @param retention    how long deleted rows are kept before purge; {@code null} means forever
 * @param deletionReasonColumn the optional column that stores why a row was deleted, or {@code null} when the
 *                     entity declares none (the reason then travels in events only)
 * @param deletionReasonLength the most characters that column holds; 0 when unknown or unbounded
 */
public record SoftDeleteTable(
        String entityName,
        Class<?> javaType,
        String table,
        String idColumn,
        String deletedAtColumn,
        String deletedByColumn,
        String deletionIdColumn,
        Duration retention,
        String deletionReasonColumn,
        int deletionReasonLength) {

    public SoftDeleteTable {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(deletedAtColumn, "deletedAtColumn");
        Objects.requireNonNull(deletedByColumn, "deletedByColumn");
        Objects.requireNonNull(deletionIdColumn, "deletionIdColumn");
        if (deletionReasonLength < 0) {
            throw new IllegalArgumentException("deletionReasonLength must not be negative");
        }
    }

    /** A table without a deletion reason column. */
    public SoftDeleteTable(String entityName, Class<?> javaType, String table, String idColumn, String deletedAtColumn,
            String deletedByColumn, String deletionIdColumn, Duration retention) {
        this(entityName, javaType, table, idColumn, deletedAtColumn, deletedByColumn, deletionIdColumn, retention,
                null, 0);
    }

    /** @return the deletion reason column, when the entity declares one */
    public Optional<String> reasonColumn() {
        return Optional.ofNullable(deletionReasonColumn);
    }

    /**
     * Refuses a reason longer than this table's reason column before anything is written, so that no database
     * truncates it silently or fails half-way through an operation.
     *
     * @throws DeletionReasonTooLongException when it does not fit
     */
    public void checkReasonFits(String reason) {
        if (reason != null && deletionReasonColumn != null && deletionReasonLength > 0
                && reason.length() > deletionReasonLength) {
            throw new DeletionReasonTooLongException(entityName, reason.length(), deletionReasonLength);
        }
    }

    public Optional<Duration> retentionPeriod() {
        return Optional.ofNullable(retention);
    }

    /** The same table with another retention, as configuration overrides it. */
    public SoftDeleteTable withRetention(Duration newRetention) {
        return new SoftDeleteTable(entityName, javaType, table, idColumn, deletedAtColumn, deletedByColumn,
                deletionIdColumn, newRetention, deletionReasonColumn, deletionReasonLength);
    }
}

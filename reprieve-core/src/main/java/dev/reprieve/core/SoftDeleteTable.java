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
 */
public record SoftDeleteTable(
        String entityName,
        Class<?> javaType,
        String table,
        String idColumn,
        String deletedAtColumn,
        String deletedByColumn,
        String deletionIdColumn,
        Duration retention) {

    public SoftDeleteTable {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(deletedAtColumn, "deletedAtColumn");
        Objects.requireNonNull(deletedByColumn, "deletedByColumn");
        Objects.requireNonNull(deletionIdColumn, "deletionIdColumn");
    }

    public Optional<Duration> retentionPeriod() {
        return Optional.ofNullable(retention);
    }

    /** The same table with another retention, as configuration overrides it. */
    public SoftDeleteTable withRetention(Duration newRetention) {
        return new SoftDeleteTable(entityName, javaType, table, idColumn, deletedAtColumn, deletedByColumn,
                deletionIdColumn, newRetention);
    }
}

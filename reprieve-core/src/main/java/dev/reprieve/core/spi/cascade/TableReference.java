package dev.reprieve.core.spi.cascade;

import java.util.Objects;

/**
 * One single-column foreign key between two tables of a unit, soft-deletable or plain, entity or join table: rows
 * of {@code table} point through {@code column} at the primary key of {@code referencedTable}. The
 * {@link RelationGraph} holds every one; a {@link Relation} adds what a soft delete does along one of them. The
 * purge deletes dependents before their parents along these.
 *
 * @param table           the referencing (child) table, named as Reprieve's SQL names it
 * @param idColumn        the child table's own single primary-key column, or {@code null} (join tables)
 * @param column          the referencing column
 * @param referencedTable the referenced (parent) table
 */
public record TableReference(String table, String idColumn, String column, String referencedTable) {

    public TableReference {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(referencedTable, "referencedTable");
    }
}

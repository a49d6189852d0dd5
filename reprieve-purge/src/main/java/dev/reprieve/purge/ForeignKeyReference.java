package dev.reprieve.purge;

import java.util.Objects;

/**
 * One single-column foreign key, as the ORM mapping declares it: rows of {@code table} point through
 * {@code column} at the primary key of {@code referencedTable}. The purge reads these to delete
 * dependents before their parents.
 *
 * @param table           the referencing (child) table
 * @param idColumn        the child table's own single primary-key column, or {@code null} (join tables)
 * @param column          the referencing column
 * @param referencedTable the referenced (parent) table
 */
public record ForeignKeyReference(String table, String idColumn, String column, String referencedTable) {

    public ForeignKeyReference {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(referencedTable, "referencedTable");
    }
}

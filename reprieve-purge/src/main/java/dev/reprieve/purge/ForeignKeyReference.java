package dev.reprieve.purge;

import dev.reprieve.core.spi.cascade.TableReference;
import java.util.Objects;

/**
 * One single-column foreign key, described by hand for a {@link PurgeMapping} built without an ORM: rows of
 * {@code table} point through {@code column} at the primary key of {@code referencedTable}. It becomes a reference
 * of the mapping's relation graph, along which the purge deletes dependents before their parents.
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

    /** @return this key as the relation graph holds it */
    public TableReference reference() {
        return new TableReference(table, idColumn, column, referencedTable);
    }
}

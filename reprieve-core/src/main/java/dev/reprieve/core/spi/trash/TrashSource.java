package dev.reprieve.core.spi.trash;

import dev.reprieve.core.SoftDeleteTable;
import java.util.Objects;

/**
 * One soft-deletable table as the trash reads it: which column gives a row its readable label and which
 * column text search looks at. Both come from the mapping, never from a request.
 *
 * @param table        the soft-deletable table
 * @param labelColumn  column shown as the row's label, or {@code null} (the label is then computed in Java)
 * @param searchColumn column matched by text search, or {@code null} (text then matches ids only)
 * @param numericId    whether ids are numbers, so that they sort as numbers and not as text
 */
public record TrashSource(SoftDeleteTable table, String labelColumn, String searchColumn, boolean numericId) {

    public TrashSource {
        Objects.requireNonNull(table, "table");
        if (!table.entityName().matches("[A-Za-z_$][A-Za-z0-9_$.]*")) {
            throw new IllegalArgumentException("not an entity name: " + table.entityName());
        }
    }

    public String entityName() {
        return table.entityName();
    }
}

package dev.reprieve.core;

import java.util.List;
import java.util.Objects;

/**
 * One {@link UniqueWhenAlive} key as mapped: the attributes users see and the columns the database indexes.
 *
 * @param table      the soft-deletable table that holds the key
 * @param attributes attribute names, in index order (for messages)
 * @param columns    the matching column names, as the database knows them
 * @param indexName  the unique index that enforces the key
 */
public record UniqueAliveConstraint(SoftDeleteTable table, List<String> attributes, List<String> columns,
        String indexName) {

    public UniqueAliveConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(indexName, "indexName");
        attributes = List.copyOf(attributes);
        columns = List.copyOf(columns);
        if (attributes.isEmpty() || attributes.size() != columns.size()) {
            throw new IllegalArgumentException("a unique key needs one column per attribute: " + attributes
                    + " -> " + columns);
        }
    }

    public String entityName() {
        return table.entityName();
    }

    /** {@code email} or {@code (team, code)}, as messages name the key. */
    public String describeAttributes() {
        return attributes.size() == 1 ? attributes.get(0) : "(" + String.join(", ", attributes) + ")";
    }
}

package dev.reprieve.core.sql;

import java.util.List;

/**
 * A statement and the values for its {@code ?} placeholders, in order. Used where the shape of a statement
 * depends on which filters are present, so that the statement and its bindings cannot drift apart.
 */
public record BoundSql(String sql, List<Object> parameters) {

    public BoundSql {
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    }
}

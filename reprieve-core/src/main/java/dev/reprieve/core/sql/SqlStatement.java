package dev.reprieve.core.sql;

import java.util.List;

/** A statement with {@code ?} placeholders and the values to bind to them, in order. */
public record SqlStatement(String sql, List<Object> binds) {

    public SqlStatement {
        binds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(binds));
    }
}

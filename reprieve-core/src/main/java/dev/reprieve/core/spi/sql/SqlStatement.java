package dev.reprieve.core.spi.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A statement with {@code ?} placeholders and the values to bind to them, in order. Built with a
 * {@link Builder}, which writes each placeholder in the same call that records its value, so that the
 * statement and its bindings cannot drift apart however many optional conditions it has.
 */
public record SqlStatement(String sql, List<Object> binds) {

    public SqlStatement {
        // values may be null (a SQL NULL), which List.copyOf would refuse
        binds = Collections.unmodifiableList(new ArrayList<>(binds));
    }

    /** A statement without placeholders. */
    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, List.of());
    }

    /** A statement starting with {@code sql}, to be continued. */
    public static Builder builder(String sql) {
        return new Builder().sql(sql);
    }

    /** An empty statement, to be written. */
    public static Builder builder() {
        return new Builder();
    }

    /** Writes a statement and its bindings together. */
    public static final class Builder {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> binds = new ArrayList<>();

        private Builder() {
        }

        /** Appends SQL text; it must hold no placeholder (use {@link #bind} for those). */
        public Builder sql(String text) {
            sql.append(text);
            return this;
        }

        /** Appends one placeholder and records its value. */
        public Builder bind(Object value) {
            sql.append('?');
            binds.add(value);
            return this;
        }

        /** Appends one placeholder per value, comma-separated (for an {@code IN} list), and records them. */
        public Builder bindAll(Collection<?> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("An IN list needs at least one value");
            }
            boolean first = true;
            for (Object value : values) {
                sql.append(first ? "?" : ", ?");
                binds.add(value);
                first = false;
            }
            return this;
        }

        /** Appends another statement, its text and its bindings. */
        public Builder append(SqlStatement other) {
            sql.append(other.sql());
            binds.addAll(other.binds());
            return this;
        }

        /** Appends another builder's statement so far. */
        public Builder append(Builder other) {
            sql.append(other.sql);
            binds.addAll(other.binds);
            return this;
        }

        /** @return whether nothing was written yet */
        public boolean isEmpty() {
            return sql.length() == 0;
        }

        public SqlStatement build() {
            return new SqlStatement(sql.toString(), binds);
        }
    }
}

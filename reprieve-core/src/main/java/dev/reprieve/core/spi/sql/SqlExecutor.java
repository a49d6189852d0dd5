package dev.reprieve.core.spi.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place Reprieve runs its SQL: plain JDBC on a connection the caller owns (its transaction, its
 * auto-commit), binding each value through a {@link ParameterBinder}. The purge passes its own connection;
 * the ORM integration and the admin pass the connection of their session.
 */
public final class SqlExecutor {

    /** Binds one value to one placeholder. */
    @FunctionalInterface
    public interface ParameterBinder {
        void bind(PreparedStatement ps, int index, Object value) throws SQLException;
    }

    /** Reads one result row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final ParameterBinder binder;

    public SqlExecutor(ParameterBinder binder) {
        this.binder = binder;
    }

    /**
     * Binds instants as the dialect stores Hibernate's {@code Instant} columns, everything else as the driver
     * binds it.
     */
    public static SqlExecutor forDialect(SoftDeleteDialect dialect) {
        return new SqlExecutor((ps, index, value) -> {
            if (value instanceof Instant instant) {
                dialect.bindInstant(ps, index, instant);
            } else {
                ps.setObject(index, value);
            }
        });
    }

    /** Runs a query and reads every row. */
    public <T> List<T> query(Connection c, SqlStatement statement, RowReader<T> reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
            bind(ps, statement.binds());
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
                return rows;
            }
        }
    }

    /** Runs a query that returns exactly one row, and reads it. */
    public <T> T queryOne(Connection c, SqlStatement statement, RowReader<T> reader) throws SQLException {
        List<T> rows = query(c, statement, reader);
        if (rows.size() != 1) {
            throw new SQLException("Expected one row, got " + rows.size() + " from " + statement.sql());
        }
        return rows.get(0);
    }

    /** Runs an insert, update or delete. @return the rows it changed */
    public int update(Connection c, SqlStatement statement) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
            bind(ps, statement.binds());
            return ps.executeUpdate();
        }
    }

    /** Runs statements without parameters (DDL, session settings), one after the other. */
    public void execute(Connection c, List<String> statements) throws SQLException {
        for (String sql : statements) {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    private void bind(PreparedStatement ps, List<Object> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            binder.bind(ps, i + 1, binds.get(i));
        }
    }
}

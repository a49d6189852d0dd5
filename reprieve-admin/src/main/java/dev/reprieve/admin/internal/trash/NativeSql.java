package dev.reprieve.admin.internal.trash;

import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SqlExecutor;
import dev.reprieve.core.spi.sql.SqlStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;

/**
 * Runs a dialect's statement through Reprieve's one {@link SqlExecutor}, on the session's connection and
 * transaction; instants are bound and read as the dialect says Hibernate stores the soft-delete columns
 * (UTC on every database).
 */
final class NativeSql {

    private NativeSql() {
    }

    /** Reads rows; {@code columns} name the result columns to read, in the order of the returned arrays. */
    static List<Object[]> rows(Session session, SoftDeleteDialect dialect, SqlStatement sql, Column... columns) {
        SqlExecutor executor = SqlExecutor.forDialect(dialect);
        return session.doReturningWork(connection -> executor.query(connection, sql, rs -> {
            Object[] row = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                row[i] = columns[i].read(rs, dialect);
            }
            return row;
        }));
    }

    /**
     * Runs an INSERT, UPDATE or DELETE after flushing the session, as Hibernate does before its own native
     * statements, so the statement sees every change made through the session. @return the rows it changed
     */
    static int update(Session session, SoftDeleteDialect dialect, SqlStatement sql) {
        session.flush();
        SqlExecutor executor = SqlExecutor.forDialect(dialect);
        return session.doReturningWork(connection -> executor.update(connection, sql));
    }

    /** The kinds of value a trash listing reads. */
    enum Kind { TEXT, INSTANT, NUMBER, OBJECT }

    /** A result column, by label, and how to read it. */
    record Column(String name, Kind kind) {
        static Column text(String name) {
            return new Column(name, Kind.TEXT);
        }

        static Column instant(String name) {
            return new Column(name, Kind.INSTANT);
        }

        static Column number(String name) {
            return new Column(name, Kind.NUMBER);
        }

        /** A value read as the driver gives it, such as an id of any type. */
        static Column object(String name) {
            return new Column(name, Kind.OBJECT);
        }

        Object read(ResultSet rs, SoftDeleteDialect dialect) throws SQLException {
            int index = rs.findColumn(name);
            return switch (kind) {
                case TEXT -> rs.getString(index);
                case INSTANT -> dialect.readInstant(rs, index);
                case NUMBER -> {
                    long value = rs.getLong(index);
                    yield rs.wasNull() ? null : value;
                }
                case OBJECT -> rs.getObject(index);
            };
        }
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.spi.sql.SqlExecutor;
import dev.reprieve.core.spi.sql.SqlStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.JdbcMapping;

/**
 * Runs Reprieve's SQL on the session's own connection and transaction through core's one
 * {@link SqlExecutor}, binding every value with the JDBC mapping Hibernate uses for that attribute, so
 * timestamps and ids are stored exactly as the ORM would.
 */
public final class JdbcExecutor {

    /**
     * One value to bind, with the mapping of the attribute it belongs to. Every value of a statement run here
     * is one of these.
     */
    public record Bind(JdbcMapping mapping, Object value) {
    }

    /** Reads one result row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs, SharedSessionContractImplementor session) throws SQLException;
    }

    private JdbcExecutor() {
    }

    /** Runs an UPDATE or DELETE whose values are {@link Bind}s; returns the rows it changed. */
    public static int update(SharedSessionContractImplementor session, SqlStatement statement) {
        return session.doReturningWork(connection -> executor(session).update(connection, statement));
    }

    /** Runs a SELECT whose values are {@link Bind}s and reads each row. */
    public static <T> List<T> query(SharedSessionContractImplementor session, SqlStatement statement,
            RowReader<T> reader) {
        return session.doReturningWork(connection -> executor(session).query(connection, statement,
                rs -> reader.read(rs, session)));
    }

    /** Binds each {@link Bind} with its attribute's Hibernate mapping. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SqlExecutor executor(SharedSessionContractImplementor session) {
        return new SqlExecutor((ps, index, value) -> {
            Bind bind = (Bind) value;
            Object coerced = bind.value() == null ? null : bind.mapping().getJavaTypeDescriptor().coerce(bind.value());
            ((org.hibernate.type.descriptor.ValueBinder) bind.mapping().getJdbcValueBinder())
                    .bind(ps, coerced, index, session);
        });
    }
}

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

    /** One value to bind, with the mapping of the attribute it belongs to. */
    public record Bind(JdbcMapping mapping, Object value) {
    }

    /** Reads one result row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs, SharedSessionContractImplementor session) throws SQLException;
    }

    private JdbcExecutor() {
    }

    public static int update(SharedSessionContractImplementor session, String sql, List<Bind> binds) {
        return session.doReturningWork(connection -> executor(session).update(connection, statement(sql, binds)));
    }

    public static <T> List<T> query(SharedSessionContractImplementor session, String sql, List<Bind> binds,
            RowReader<T> reader) {
        return session.doReturningWork(connection -> executor(session).query(connection, statement(sql, binds),
                rs -> reader.read(rs, session)));
    }

    private static SqlStatement statement(String sql, List<Bind> binds) {
        return new SqlStatement(sql, List.copyOf(binds));
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

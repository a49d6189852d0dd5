package dev.reprieve.hibernate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.JdbcMapping;

/**
 * Runs Reprieve's SQL on the session's own connection and transaction, binding every value with the
 * JDBC mapping Hibernate uses for that attribute, so timestamps and ids are stored exactly as the ORM would.
 */
final class JdbcExecutor {

    /** One value to bind, with the mapping of the attribute it belongs to. */
    record Bind(JdbcMapping mapping, Object value) {
    }

    /** Reads one result row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs, SharedSessionContractImplementor session) throws SQLException;
    }

    private JdbcExecutor() {
    }

    static int update(SharedSessionContractImplementor session, String sql, List<Bind> binds) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bind(ps, binds, session);
                return ps.executeUpdate();
            }
        });
    }

    static <T> List<T> query(SharedSessionContractImplementor session, String sql, List<Bind> binds,
            RowReader<T> reader) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bind(ps, binds, session);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(reader.read(rs, session));
                    }
                    return rows;
                }
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bind(PreparedStatement ps, List<Bind> binds, SharedSessionContractImplementor session)
            throws SQLException {
        int index = 1;
        for (Bind bind : binds) {
            Object value = bind.value() == null ? null
                    : bind.mapping().getJavaTypeDescriptor().coerce(bind.value());
            ((org.hibernate.type.descriptor.ValueBinder) bind.mapping().getJdbcValueBinder())
                    .bind(ps, value, index++, session);
        }
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.spi.sql.DatabaseEngine;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SoftDeleteDialects;
import dev.reprieve.hibernate.ReprieveSettings;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Chooses Reprieve's SQL dialect for a session factory: the {@link ReprieveSettings#DIALECT} setting when
 * given, else the engine identified on a bootstrap connection, else (no connection at hand) the engine
 * Hibernate's own dialect names. An engine without a Reprieve dialect stops startup.
 */
final class DialectResolver {

    private DialectResolver() {
    }

    static SoftDeleteDialect resolve(SessionFactoryImplementor factory, Object forced) {
        if (forced != null && !forced.toString().isBlank()) {
            return SoftDeleteDialects.named(forced.toString());
        }
        JdbcConnectionAccess access = factory.getJdbcServices().getBootstrapJdbcConnectionAccess();
        Connection connection;
        try {
            connection = access.obtainConnection();
        } catch (SQLException | RuntimeException noConnection) {
            return fromHibernate(factory.getJdbcServices().getDialect());
        }
        try {
            return SoftDeleteDialects.resolve(connection, null);
        } catch (SQLException e) {
            throw new ReprieveException("Cannot identify the database engine: " + e.getMessage(), e);
        } finally {
            try {
                access.releaseConnection(connection);
            } catch (SQLException ignored) {
                // the connection was only read from; failing to hand it back changes nothing Reprieve did
            }
        }
    }

    /**
     * From Hibernate's dialect, for DDL generation, where no connection is at hand: the first class up the
     * hierarchy that names an engine decides, so an application's own subclass of a Hibernate dialect works.
     */
    static SoftDeleteDialect fromHibernate(Dialect dialect) {
        for (Class<?> type = dialect.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            DatabaseEngine engine = DatabaseEngine.identify(type.getSimpleName(), null, null);
            if (engine != DatabaseEngine.UNKNOWN) {
                return SoftDeleteDialects.forEngine(engine, type.getSimpleName());
            }
        }
        return SoftDeleteDialects.forEngine(DatabaseEngine.UNKNOWN, dialect.getClass().getName());
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.schema.SchemaCheckException;
import dev.reprieve.core.schema.SchemaCheckMode;
import dev.reprieve.core.schema.SchemaFinding;
import dev.reprieve.core.schema.SchemaReport;
import dev.reprieve.core.spi.ReprieveLog;
import dev.reprieve.hibernate.ReprieveSettings;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.HibernateException;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Runs the {@link SchemaInspector} once the session factory is built, after Hibernate's own schema
 * management: logs each finding as a warning, or refuses startup in {@link SchemaCheckMode#FAIL} mode. The
 * report stays available from {@link DefaultReprieveRuntime#schemaReport()}.
 */
final class SchemaCheck implements SessionFactoryObserver {

    private static final ReprieveLog LOG = ReprieveLog.of("dev.reprieve.schema");

    private final DefaultReprieveRuntime runtime;
    private final SchemaInspector inspector;
    private final SchemaCheckMode mode;

    SchemaCheck(DefaultReprieveRuntime runtime, SchemaInspector inspector, SchemaCheckMode mode) {
        this.runtime = runtime;
        this.inspector = inspector;
        this.mode = mode;
    }

    @Override
    public void sessionFactoryCreated(SessionFactory factory) {
        if (mode == SchemaCheckMode.OFF) {
            return;
        }
        SchemaReport report = inspect(factory.unwrap(SessionFactoryImplementor.class));
        runtime.schemaReport(report);
        for (SchemaFinding finding : report.findings()) {
            LOG.warn("Reprieve schema check: " + finding);
        }
        if (mode == SchemaCheckMode.FAIL && !report.isClean()) {
            throw new SchemaCheckException(report);
        }
    }

    private SchemaReport inspect(SessionFactoryImplementor factory) {
        JdbcConnectionAccess access = factory.getJdbcServices().getBootstrapJdbcConnectionAccess();
        try {
            Connection connection = access.obtainConnection();
            try {
                return inspector.inspect(connection);
            } finally {
                access.releaseConnection(connection);
            }
        } catch (SQLException e) {
            throw new HibernateException("Reprieve's schema check could not read the schema (set "
                    + ReprieveSettings.SCHEMA_CHECK + "=off to skip it)", e);
        }
    }
}

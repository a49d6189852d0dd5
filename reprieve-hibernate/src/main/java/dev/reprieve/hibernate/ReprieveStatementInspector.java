package dev.reprieve.hibernate;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Refuses any SQL {@code DELETE} on a soft-deletable table that was not asked for by name (see
 * {@link dev.reprieve.core.HardDeletes}). Install it as {@code hibernate.session_factory.statement_inspector};
 * the Spring Boot starter does so and wraps any inspector the application already had.
 */
public final class ReprieveStatementInspector implements StatementInspector {

    private final StatementInspector delegate;

    public ReprieveStatementInspector() {
        this(null);
    }

    public ReprieveStatementInspector(StatementInspector delegate) {
        this.delegate = delegate;
    }

    @Override
    public String inspect(String sql) {
        String inspected = delegate == null ? sql : delegate.inspect(sql);
        ReprieveRuntime.guard(inspected);
        return inspected;
    }
}

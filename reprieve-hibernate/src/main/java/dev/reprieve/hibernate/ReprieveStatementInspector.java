package dev.reprieve.hibernate;

import dev.reprieve.core.spi.HardDeleteGuard;
import dev.reprieve.hibernate.internal.InspectorBinding;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Refuses any SQL {@code DELETE} on a soft-deletable table of its own session factory that was not asked for by
 * name (see {@link dev.reprieve.core.HardDeletes}). Install it as {@code hibernate.session_factory.statement_inspector};
 * the Spring Boot starter does so and wraps any inspector the application already had. One instance serves one
 * session factory: the integrator binds it to that factory's guard, so tables of another persistence unit, even
 * same-named ones in another schema, are not its business.
 */
public final class ReprieveStatementInspector implements StatementInspector {

    private final StatementInspector delegate;
    private final InspectorBinding binding = InspectorBinding.create(this);

    public ReprieveStatementInspector() {
        this(null);
    }

    public ReprieveStatementInspector(StatementInspector delegate) {
        this.delegate = delegate;
    }

    @Override
    public String inspect(String sql) {
        String inspected = delegate == null ? sql : delegate.inspect(sql);
        HardDeleteGuard current = binding.guard();
        if (current != null) {
            current.check(inspected);
        }
        return inspected;
    }
}

package dev.reprieve.hibernate;

import dev.reprieve.core.spi.HardDeleteGuard;
import org.hibernate.HibernateException;
import org.hibernate.SessionFactory;
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
    private volatile SessionFactory owner;
    private volatile HardDeleteGuard guard;

    public ReprieveStatementInspector() {
        this(null);
    }

    public ReprieveStatementInspector(StatementInspector delegate) {
        this.delegate = delegate;
    }

    @Override
    public String inspect(String sql) {
        String inspected = delegate == null ? sql : delegate.inspect(sql);
        HardDeleteGuard current = guard;
        if (current != null) {
            current.check(inspected);
        }
        return inspected;
    }

    /** Makes this inspector guard one session factory's tables; an instance shared by two factories fails here. */
    public synchronized void bind(SessionFactory factory, HardDeleteGuard factoryGuard) {
        if (owner != null && owner != factory && !owner.isClosed()) {
            throw new HibernateException("One ReprieveStatementInspector instance is set on two session factories;"
                    + " give each its own instance, or set hibernate.session_factory.statement_inspector to the"
                    + " class name " + ReprieveStatementInspector.class.getName());
        }
        owner = factory;
        guard = factoryGuard;
    }

    /** Stops guarding when the factory it was bound to closes. */
    public synchronized void unbind(SessionFactory factory) {
        if (owner == factory) {
            owner = null;
            guard = null;
        }
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.spi.HardDeleteGuard;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.hibernate.HibernateException;
import org.hibernate.SessionFactory;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Which session factory's hard-delete guard one {@code ReprieveStatementInspector} applies. The inspector is a
 * user-facing class Hibernate instantiates by name; binding it to a factory is the integrator's business only, so
 * the binding lives here and the inspector exposes nothing but {@code inspect}.
 */
public final class InspectorBinding {

    // weak keys: an inspector whose session factory is gone must not be kept alive by this registry
    private static final Map<StatementInspector, InspectorBinding> BINDINGS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private volatile SessionFactory owner;
    private volatile HardDeleteGuard guard;

    private InspectorBinding() {
    }

    /** A new, unbound binding for {@code inspector}, which keeps it and reads {@link #guard()} on every statement. */
    public static InspectorBinding create(StatementInspector inspector) {
        InspectorBinding binding = new InspectorBinding();
        BINDINGS.put(inspector, binding);
        return binding;
    }

    /** @return the binding {@link #create} made for this inspector, or null for any other inspector */
    static InspectorBinding of(StatementInspector inspector) {
        return BINDINGS.get(inspector);
    }

    /** The guard to apply, or null while no factory is bound. */
    public HardDeleteGuard guard() {
        return guard;
    }

    /** Makes the inspector guard one session factory's tables; an instance shared by two factories fails here. */
    synchronized void bind(SessionFactory factory, HardDeleteGuard factoryGuard) {
        if (owner != null && owner != factory && !owner.isClosed()) {
            throw new HibernateException("One ReprieveStatementInspector instance is set on two session factories;"
                    + " give each its own instance, or set hibernate.session_factory.statement_inspector to the"
                    + " class name dev.reprieve.hibernate.ReprieveStatementInspector");
        }
        owner = factory;
        guard = factoryGuard;
    }

    /** Stops guarding when the factory it was bound to closes. */
    synchronized void unbind(SessionFactory factory) {
        if (owner == factory) {
            owner = null;
            guard = null;
        }
    }
}

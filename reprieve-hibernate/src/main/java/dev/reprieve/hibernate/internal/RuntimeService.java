package dev.reprieve.hibernate.internal;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.service.Service;
import org.hibernate.service.UnknownServiceException;

/**
 * Where a session factory keeps its {@link DefaultReprieveRuntime}: a service of that factory's own service registry,
 * so two persistence units in one application never see each other's runtime. Every session factory gets an
 * empty one (see {@link ReprieveSessionFactoryServiceContributor}); the integrator fills it when the factory
 * maps a soft-deletable entity.
 */
public final class RuntimeService implements Service {

    private volatile DefaultReprieveRuntime runtime;

    DefaultReprieveRuntime runtime() {
        return runtime;
    }

    void runtime(DefaultReprieveRuntime runtime) {
        this.runtime = runtime;
    }

    /** @return the factory's runtime, or null when it has none (no soft-deletable entity, or closed) */
    public static DefaultReprieveRuntime find(SessionFactoryImplementor factory) {
        RuntimeService service = service(factory);
        return service == null ? null : service.runtime();
    }

    /** @return the factory's holder, or null when the factory's registry has none (already closed) */
    static RuntimeService service(SessionFactoryImplementor factory) {
        try {
            return factory.getServiceRegistry().getService(RuntimeService.class);
        } catch (UnknownServiceException | IllegalStateException closed) {
            return null;
        }
    }
}

package dev.reprieve.hibernate.internal;

import java.util.Map;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.persister.internal.PersisterClassResolverInitiator;
import org.hibernate.persister.spi.PersisterClassResolver;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.ServiceRegistryImplementor;

/**
 * Installs {@link ReprievePersisters} around the persister resolver Hibernate would otherwise use (its
 * standard one, or the application's {@code hibernate.persister.resolver}). Registered through
 * {@code META-INF/services}.
 */
public final class ReprieveServiceContributor implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder builder) {
        builder.addInitiator(new StandardServiceInitiator<PersisterClassResolver>() {
            @Override
            public Class<PersisterClassResolver> getServiceInitiated() {
                return PersisterClassResolver.class;
            }

            @Override
            public PersisterClassResolver initiateService(Map<String, Object> settings, ServiceRegistryImplementor registry) {
                return new ReprievePersisters(PersisterClassResolverInitiator.INSTANCE.initiateService(settings, registry));
            }
        });
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.hibernate.ReprieveRuntime;
import org.hibernate.service.spi.SessionFactoryServiceContributor;
import org.hibernate.service.spi.SessionFactoryServiceRegistryBuilder;

/**
 * Gives each session factory's service registry its own {@link RuntimeService}, the home of that factory's
 * {@link ReprieveRuntime}. Hibernate calls it once per session factory; registered through
 * {@code META-INF/services}.
 */
public final class ReprieveSessionFactoryServiceContributor implements SessionFactoryServiceContributor {

    @Override
    public void contribute(SessionFactoryServiceRegistryBuilder builder) {
        builder.addService(RuntimeService.class, new RuntimeService());
    }
}

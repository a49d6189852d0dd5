package dev.reprieve.hibernate.spi;

import dev.reprieve.hibernate.ReprieveStatementInspector;
import dev.reprieve.hibernate.internal.ReprieveBasicCollectionPersister;
import dev.reprieve.hibernate.internal.ReprieveIntegrator;
import dev.reprieve.hibernate.internal.ReprieveJoinedSubclassEntityPersister;
import dev.reprieve.hibernate.internal.ReprieveMappingContributor;
import dev.reprieve.hibernate.internal.ReprieveOneToManyPersister;
import dev.reprieve.hibernate.internal.ReprieveServiceContributor;
import dev.reprieve.hibernate.internal.ReprieveSessionFactoryServiceContributor;
import dev.reprieve.hibernate.internal.ReprieveSingleTableEntityPersister;
import dev.reprieve.hibernate.internal.ReprieveUnionSubclassEntityPersister;
import java.util.List;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.SessionFactoryServiceContributor;

/**
 * What Hibernate creates of Reprieve's by reflection, for whoever prepares an ahead-of-time image (the starter's
 * Spring AOT hints): the types instantiated through their public constructors and the service files naming them.
 */
public final class HibernateReflection {

    private HibernateReflection() {
    }

    /** Found through {@code META-INF/services} or by name, and created through a public constructor. */
    public static List<Class<?>> instantiatedTypes() {
        return List.of(ReprieveIntegrator.class, ReprieveMappingContributor.class, ReprieveServiceContributor.class,
                ReprieveSessionFactoryServiceContributor.class, ReprieveStatementInspector.class, ReprieveSingleTableEntityPersister.class,
                ReprieveJoinedSubclassEntityPersister.class, ReprieveUnionSubclassEntityPersister.class,
                ReprieveOneToManyPersister.class, ReprieveBasicCollectionPersister.class);
    }

    /** The {@code META-INF/services} files Hibernate reads to find Reprieve. */
    public static List<String> serviceFiles() {
        return List.of(Integrator.class, AdditionalMappingContributor.class, ServiceContributor.class,
                        SessionFactoryServiceContributor.class).stream()
                .map(type -> "META-INF/services/" + type.getName()).toList();
    }
}

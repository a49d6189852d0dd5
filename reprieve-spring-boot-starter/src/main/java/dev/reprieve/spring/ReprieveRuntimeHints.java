package dev.reprieve.spring;

import dev.reprieve.hibernate.ReprieveBasicCollectionPersister;
import dev.reprieve.hibernate.ReprieveIntegrator;
import dev.reprieve.hibernate.ReprieveJoinedSubclassEntityPersister;
import dev.reprieve.hibernate.ReprieveMappingContributor;
import dev.reprieve.hibernate.ReprieveOneToManyPersister;
import dev.reprieve.hibernate.ReprieveServiceContributor;
import dev.reprieve.hibernate.ReprieveSingleTableEntityPersister;
import dev.reprieve.hibernate.ReprieveSessionFactoryServiceContributor;
import dev.reprieve.hibernate.ReprieveStatementInspector;
import dev.reprieve.hibernate.ReprieveUnionSubclassEntityPersister;
import dev.reprieve.hibernate.SoftDeletableEntity;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.SessionFactoryServiceContributor;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What Reprieve reaches by reflection or as a resource, for Spring AOT and GraalVM native images: Hibernate
 * finds the integrator, mapping contributor and service contributors through {@code META-INF/services} and
 * instantiates them, the statement inspector and Reprieve's persisters by name; Reprieve reads the soft-delete columns of {@link SoftDeletableEntity} and the
 * annotations of entity fields and methods (Spring's JPA support registers the entities themselves).
 */
class ReprieveRuntimeHints implements RuntimeHintsRegistrar {

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        hints.resources().registerPattern("META-INF/services/" + Integrator.class.getName());
        hints.resources().registerPattern("META-INF/services/" + AdditionalMappingContributor.class.getName());
        hints.resources().registerPattern("META-INF/services/" + ServiceContributor.class.getName());
        hints.resources().registerPattern("META-INF/services/" + SessionFactoryServiceContributor.class.getName());
        for (Class<?> type : new Class<?>[] {
            ReprieveIntegrator.class, ReprieveMappingContributor.class, ReprieveServiceContributor.class,
            ReprieveSessionFactoryServiceContributor.class, ReprieveStatementInspector.class, ReprieveSingleTableEntityPersister.class,
            ReprieveJoinedSubclassEntityPersister.class, ReprieveUnionSubclassEntityPersister.class,
            ReprieveOneToManyPersister.class, ReprieveBasicCollectionPersister.class}) {
            hints.reflection().registerType(type, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
        }
        hints.reflection().registerType(SoftDeletableEntity.class, MemberCategory.ACCESS_DECLARED_FIELDS,
                MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
    }
}

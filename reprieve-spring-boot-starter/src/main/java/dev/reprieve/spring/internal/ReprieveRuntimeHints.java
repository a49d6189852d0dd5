package dev.reprieve.spring.internal;

import dev.reprieve.hibernate.SoftDeletableEntity;
import dev.reprieve.hibernate.spi.HibernateReflection;
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
        for (String serviceFile : HibernateReflection.serviceFiles()) {
            hints.resources().registerPattern(serviceFile);
        }
        for (Class<?> type : HibernateReflection.instantiatedTypes()) {
            hints.reflection().registerType(type, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
        }
        hints.reflection().registerType(SoftDeletableEntity.class, MemberCategory.ACCESS_DECLARED_FIELDS,
                MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
    }
}

package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.hibernate.ReprieveStatementInspector;
import dev.reprieve.hibernate.SoftDeletableEntity;
import dev.reprieve.hibernate.internal.ReprieveIntegrator;
import dev.reprieve.hibernate.internal.ReprieveMappingContributor;
import dev.reprieve.hibernate.internal.ReprieveOneToManyPersister;
import dev.reprieve.hibernate.internal.ReprieveSingleTableEntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

class ReprieveRuntimeHintsTest {

    @Test
    void theStarterRegistersItsHintsThroughAotFactories() {
        RuntimeHints hints = new RuntimeHints();
        SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
                .load(RuntimeHintsRegistrar.class)
                .forEach(registrar -> registrar.registerHints(hints, getClass().getClassLoader()));

        assertThat(RuntimeHintsPredicates.resource()
                .forResource("META-INF/services/org.hibernate.integrator.spi.Integrator")).accepts(hints);
        assertThat(RuntimeHintsPredicates.resource()
                .forResource("META-INF/services/org.hibernate.boot.spi.AdditionalMappingContributor")).accepts(hints);
        assertThat(RuntimeHintsPredicates.resource()
                .forResource("META-INF/services/org.hibernate.service.spi.ServiceContributor")).accepts(hints);
        assertThat(RuntimeHintsPredicates.resource()
                .forResource("META-INF/services/org.hibernate.service.spi.SessionFactoryServiceContributor")).accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onType(ReprieveSingleTableEntityPersister.class)).accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onType(ReprieveOneToManyPersister.class)).accepts(hints);
        for (Class<?> type : new Class<?>[] {
            ReprieveIntegrator.class, ReprieveMappingContributor.class, ReprieveStatementInspector.class}) {
            assertThat(RuntimeHintsPredicates.reflection().onType(type)).accepts(hints);
        }
        assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(SoftDeletableEntity.class, "deletedAt")).accepts(hints);
    }
}

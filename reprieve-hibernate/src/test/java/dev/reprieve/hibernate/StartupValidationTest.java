package dev.reprieve.hibernate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.DeleterProvider;
import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.SoftDeletable;
import dev.reprieve.testing.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Clock;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;

/** Wrong mappings fail at startup, naming the entity. */
class StartupValidationTest {

    @SoftDeletable
    @Entity(name = "Broken")
    static class Broken {
        @Id
        Long id;
    }

    @Entity(name = "Fine")
    static class Fine extends SoftDeletableEntity {
        @Id
        Long id;
    }

    @Test
    void aSoftDeletableEntityWithoutTheColumnsFailsNamingIt() {
        assertThatThrownBy(() -> HibernateTestFactory.build(TestDatabase.H2, Clock.systemUTC(), DeleterProvider.NONE, Broken.class))
                .isInstanceOf(NotSoftDeletableException.class)
                .hasMessageContaining("Broken").hasMessageContaining("deletedAt");
    }

    @Test
    void withoutTheHardDeleteGuardStartupFails() {
        var cfg = HibernateTestFactory.configuration(TestDatabase.H2, Clock.systemUTC(), DeleterProvider.NONE, Fine.class);
        cfg.getProperties().remove(AvailableSettings.STATEMENT_INSPECTOR);
        assertThatThrownBy(cfg::buildSessionFactory).hasMessageContaining("statement_inspector");
    }
}

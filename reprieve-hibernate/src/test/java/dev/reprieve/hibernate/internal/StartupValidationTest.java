package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.DeleterProvider;
import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.SoftDeletable;
import dev.reprieve.hibernate.SoftDeletableEntity;
import dev.reprieve.testing.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Clock;
import org.hibernate.cache.spi.access.EntityDataAccess;
import org.hibernate.cache.spi.access.NaturalIdDataAccess;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.SingleTableEntityPersister;
import org.hibernate.persister.internal.StandardPersisterClassResolver;
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

    /** An application's own persister, which knows nothing of soft deletion. */
    public static class OwnPersister extends SingleTableEntityPersister {
        public OwnPersister(PersistentClass persistentClass, EntityDataAccess cache, NaturalIdDataAccess naturalIdCache,
                RuntimeModelCreationContext context) {
            super(persistentClass, cache, naturalIdCache, context);
        }
    }

    /** Hands every entity {@link OwnPersister}. */
    public static class OwnResolver extends StandardPersisterClassResolver {
        @Override
        public Class<? extends EntityPersister> getEntityPersisterClass(PersistentClass model) {
            return OwnPersister.class;
        }
    }

    @Test
    void aSoftDeletableEntityWithAnotherPersisterFailsStartupInsteadOfShowingDeletedRows() {
        var cfg = HibernateTestFactory.configuration(TestDatabase.H2, Clock.systemUTC(), DeleterProvider.NONE, Fine.class);
        cfg.setProperty("hibernate.persister.resolver", OwnResolver.class.getName());
        assertThatThrownBy(cfg::buildSessionFactory)
                .hasStackTraceContaining("Fine is soft-deletable but its persister is " + OwnPersister.class.getName());
    }

    @Test
    void withoutTheHardDeleteGuardStartupFails() {
        var cfg = HibernateTestFactory.configuration(TestDatabase.H2, Clock.systemUTC(), DeleterProvider.NONE, Fine.class);
        cfg.getProperties().remove(AvailableSettings.STATEMENT_INSPECTOR);
        assertThatThrownBy(cfg::buildSessionFactory).hasMessageContaining("statement_inspector");
    }
}

package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.DeleterProvider;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.ReprieveSettings;
import dev.reprieve.hibernate.SoftDeletableEntity;
import dev.reprieve.testing.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Clock;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Reprieve identifies the engine of a live server at startup, and the dialect setting overrides it. */
abstract class DialectResolutionContract {

    @Entity(name = "DialectProbe")
    static class DialectProbe extends SoftDeletableEntity {
        @Id
        Long id;
    }

    abstract TestDatabase database();

    abstract String expectedDialect();

    @Test
    void identifiesTheServersEngine() {
        try (SessionFactory factory = HibernateTestFactory.build(database(), Clock.systemUTC(), DeleterProvider.NONE,
                DialectProbe.class)) {
            assertThat(ReprieveRuntime.of(factory).dialect().name()).isEqualTo(expectedDialect());
        }
    }

    @Test
    void theSettingForcesTheDialect() {
        var cfg = HibernateTestFactory.configuration(database(), Clock.systemUTC(), DeleterProvider.NONE, DialectProbe.class);
        cfg.setProperty(ReprieveSettings.DIALECT, expectedDialect().toUpperCase());
        try (SessionFactory factory = cfg.buildSessionFactory()) {
            assertThat(ReprieveRuntime.of(factory).dialect().name()).isEqualTo(expectedDialect());
        }
    }

    @Test
    void aDialectReprieveDoesNotHaveStopsStartupNamingTheSetting() {
        var cfg = HibernateTestFactory.configuration(database(), Clock.systemUTC(), DeleterProvider.NONE, DialectProbe.class);
        cfg.setProperty(ReprieveSettings.DIALECT, "cockroachdb");
        assertThatThrownBy(cfg::buildSessionFactory)
                .hasMessageContaining("reprieve.dialect: 'cockroachdb' is not a Reprieve dialect; one of [postgresql, mariadb, h2]");
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.DeleterProvider;
import dev.reprieve.hibernate.ReprieveSettings;
import dev.reprieve.hibernate.ReprieveStatementInspector;
import dev.reprieve.testing.TestDatabase;
import java.time.Clock;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/** Boots a plain Hibernate session factory (no Spring) on one of the test databases. */
final class HibernateTestFactory {

    private HibernateTestFactory() {
    }

    static Configuration configuration(TestDatabase database, Clock clock, DeleterProvider deleters, Class<?>... entities) {
        Configuration cfg = new Configuration();
        for (Class<?> entity : entities) {
            cfg.addAnnotatedClass(entity);
        }
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_URL, database.ensureDatabase("reprieve_hibernate"));
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_USER, database.user());
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, database.password());
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
        cfg.setProperty(AvailableSettings.STATEMENT_INSPECTOR, ReprieveStatementInspector.class.getName());
        cfg.getProperties().put(ReprieveSettings.CLOCK, clock);
        cfg.getProperties().put(ReprieveSettings.DELETER_PROVIDER, deleters);
        return cfg;
    }

    static SessionFactory build(TestDatabase database, Clock clock, DeleterProvider deleters, Class<?>... entities) {
        return configuration(database, clock, deleters, entities).buildSessionFactory();
    }
}

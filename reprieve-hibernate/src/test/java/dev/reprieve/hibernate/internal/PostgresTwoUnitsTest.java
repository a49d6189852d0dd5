package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/** Two units in two schemas of one PostgreSQL database; Hibernate qualifies its SQL with the unit's schema. */
@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresTwoUnitsTest extends TwoUnitsContract {

    private String database;

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Override
    String createSchema(String name) {
        if (database == null) {
            database = TestDatabase.POSTGRES.ensureDatabase("reprieve_units");
        }
        try (Connection c = DriverManager.getConnection(database, database().user(), database().password());
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    @Override
    String url(String schema) {
        return database + "?currentSchema=" + schema;
    }

    @Override
    void placeIn(Configuration cfg, String schema) {
        cfg.setProperty(AvailableSettings.DEFAULT_SCHEMA, schema);
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/** Two units in two schemas of one H2 database. */
class H2TwoUnitsTest extends TwoUnitsContract {

    private String database;

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    String createSchema(String name) {
        if (database == null) {
            database = TestDatabase.H2.ensureDatabase("reprieve_units");
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
        return database + ";SCHEMA=" + schema.toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    void placeIn(Configuration cfg, String schema) {
        cfg.setProperty(AvailableSettings.DEFAULT_SCHEMA, schema);
    }
}

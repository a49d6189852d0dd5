package dev.reprieve.demo;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbRestartTest extends RestartContract {
    @Override
    List<String> emptyDatabase() throws Exception {
        TestDatabase db = TestDatabase.MARIADB;
        String url = db.ensureDatabase("reprieve_demo_restart");
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password()); Statement s = c.createStatement()) {
            String name = c.getCatalog();
            s.execute("DROP DATABASE `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "`");
        }
        return List.of(url, db.user(), db.password());
    }
}

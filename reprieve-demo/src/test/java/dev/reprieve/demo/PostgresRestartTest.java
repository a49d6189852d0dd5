package dev.reprieve.demo;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresRestartTest extends RestartContract {
    @Override
    List<String> emptyDatabase() throws Exception {
        TestDatabase db = TestDatabase.POSTGRES;
        String url = db.ensureDatabase("reprieve_demo_restart");
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return List.of(url, db.user(), db.password());
    }
}

package dev.reprieve.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC chores the benchmarks share: creating their database, counting rows to check a load. */
final class BenchJdbc {

    private BenchJdbc() {
    }

    /** Creates {@code database} on the server behind {@code adminUrl} unless it exists. */
    static void ensureDatabase(boolean postgres, String adminUrl, String user, String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, ""); Statement s = c.createStatement()) {
            if (postgres) {
                if (count(s, "SELECT COUNT(*) FROM pg_database WHERE datname = '" + database + "'") == 0) {
                    s.execute("CREATE DATABASE " + database);
                }
            } else {
                s.execute("CREATE DATABASE IF NOT EXISTS " + database);
            }
        }
    }

    /** @return the single number a {@code SELECT COUNT(*)} answers */
    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package dev.reprieve.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Plain JDBC chores the benchmarks share: creating their database, counting rows, hand-written transactions. */
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

    /** What a hand-written variant runs inside one transaction. */
    interface Work {
        void run(Connection c) throws Exception;
    }

    /** Runs {@code work} in one transaction on a connection of {@code pool}: committed, or rolled back when it throws. */
    static void transaction(DataSource pool, Work work) throws Exception {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}

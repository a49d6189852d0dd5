package dev.reprieve.benchmarks;

import java.sql.SQLException;
import java.util.List;

/**
 * A local database server the benchmarks measure on: PostgreSQL and MariaDB as DEVELOPERS.md describes them.
 * {@code -Dbench.databases=postgresql} (or {@code mariadb}) limits a run to one.
 */
public record BenchServer(String name, String adminUrl, String urlPrefix, String user) {

    public static final BenchServer POSTGRES = new BenchServer("postgresql", "jdbc:postgresql://127.0.0.1:5432/test",
            "jdbc:postgresql://127.0.0.1:5432/", "postgres");
    public static final BenchServer MARIADB = new BenchServer("mariadb", "jdbc:mariadb://127.0.0.1:3306/test",
            "jdbc:mariadb://127.0.0.1:3306/", "root");

    /** @return the servers {@code bench.databases} selects, PostgreSQL first */
    public static List<BenchServer> selected() {
        String only = System.getProperty("bench.databases", "postgresql,mariadb");
        return List.of(POSTGRES, MARIADB).stream().filter(s -> only.contains(s.name())).toList();
    }

    boolean postgres() {
        return name.equals("postgresql");
    }

    String url(String database) {
        return urlPrefix + database;
    }

    /** Creates the database unless it exists. */
    void ensureDatabase(String database) throws SQLException {
        BenchJdbc.ensureDatabase(postgres(), adminUrl, user, database);
    }
}

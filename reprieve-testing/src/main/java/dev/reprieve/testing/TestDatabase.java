package dev.reprieve.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The three databases every behaviour is tested on. H2 is embedded; PostgreSQL and MariaDB are the
 * local servers described in DEVELOPERS.md. Each test module uses its own database on each server.
 */
public enum TestDatabase {

    H2("jdbc:h2:mem:%s;DB_CLOSE_DELAY=-1", "sa", "", null, "an embedded database"),
    POSTGRES("jdbc:postgresql://127.0.0.1:5432/%s", "postgres", "", "test",
            "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"),
    MARIADB("jdbc:mariadb://127.0.0.1:3306/%s", "root", "", "test",
            "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd");

    private static final Map<TestDatabase, Boolean> AVAILABLE = new ConcurrentHashMap<>();

    private final String urlPattern;
    private final String user;
    private final String password;
    private final String adminDatabase;
    private final String howToStart;

    TestDatabase(String urlPattern, String user, String password, String adminDatabase, String howToStart) {
        this.urlPattern = urlPattern;
        this.user = user;
        this.password = password;
        this.adminDatabase = adminDatabase;
        this.howToStart = howToStart;
    }

    /** The JDBC URL of a database on this server; create it first with {@link #ensureDatabase}. */
    public String url(String database) {
        return urlPattern.formatted(database);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * The {@code spring.datasource.*} properties for a database on this server (creating it if needed),
     * as plain strings so this module needs no Spring.
     */
    public java.util.Map<String, String> springProperties(String database) {
        // small pools: a test run caches many application contexts, each holding its pool open, and the
        // servers allow about a hundred connections in all
        return java.util.Map.of(
                "spring.datasource.url", ensureDatabase(database),
                "spring.datasource.username", user,
                "spring.datasource.password", password,
                "spring.datasource.hikari.maximum-pool-size", "4",
                "spring.datasource.hikari.minimum-idle", "0");
    }

    /** @return whether CI=true, which turns a missing server from a skip into a failure */
    public static boolean mandatory() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** @return whether the server answers (cached per JVM) */
    public boolean available() {
        if (adminDatabase == null) {
            return true;
        }
        return AVAILABLE.computeIfAbsent(this, db -> {
            DriverManager.setLoginTimeout(3);
            try (Connection ignored = DriverManager.getConnection(url(adminDatabase), user, password)) {
                return true;
            } catch (SQLException e) {
                return false;
            }
        });
    }

    /** Why tests on this server do not run, and how to start it. */
    public String unavailableMessage() {
        return name() + " is not reachable at " + url(adminDatabase) + " as " + user
                + "; its tests are skipped. Start it with: " + howToStart
                + (mandatory() ? " (CI=true: these tests are mandatory, so this is a failure)" : "");
    }

    /**
     * Creates the database on the server if it does not exist yet, and returns its JDBC URL. The
     * environment variable {@code REPRIEVE_TEST_DB_SUFFIX} is appended to the name, so that two checkouts
     * can run their tests against the same servers at once.
     */
    public String ensureDatabase(String name) {
        String suffix = System.getenv().getOrDefault("REPRIEVE_TEST_DB_SUFFIX", "");
        String database = name + suffix;
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("database names are lower-case words: " + database);
        }
        if (this == H2) {
            return url(database);
        }
        try (Connection c = DriverManager.getConnection(url(adminDatabase), user, password);
                Statement s = c.createStatement()) {
            if (this == POSTGRES) {
                var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + database);
                }
            } else {
                s.execute("CREATE DATABASE IF NOT EXISTS " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on " + name(), e);
        }
        return url(database);
    }
}

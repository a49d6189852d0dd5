package dev.reprieve.core.spi.sql;

import java.util.Locale;
import java.util.Optional;

/**
 * The database engine behind a connection, told apart from what JDBC reports. Several engines speak another's
 * wire protocol and report its product name (CockroachDB and YugabyteDB say PostgreSQL, TiDB and Vitess say
 * MySQL), so the version string, and for the PostgreSQL family the text of {@code version()}, decide.
 */
public enum DatabaseEngine {

    POSTGRESQL("PostgreSQL", "postgresql", null),
    MARIADB("MariaDB", "mariadb", null),
    /** MySQL shares the MariaDB dialect; CI tests MariaDB only. */
    MYSQL("MySQL", "mariadb", null),
    H2("H2", "h2", null),
    COCKROACHDB("CockroachDB", null, "postgresql"),
    YUGABYTEDB("YugabyteDB", null, "postgresql"),
    TIDB("TiDB", null, "mariadb"),
    VITESS("Vitess", null, "mariadb"),
    UNKNOWN("an unknown database", null, null);

    private final String displayName;
    private final String dialect;
    private final String nearestDialect;

    DatabaseEngine(String displayName, String dialect, String nearestDialect) {
        this.displayName = displayName;
        this.dialect = dialect;
        this.nearestDialect = nearestDialect;
    }

    /** The engine's name as users know it. */
    public String displayName() {
        return displayName;
    }

    /** The name of the Reprieve dialect made and tested for this engine; empty where there is none. */
    public Optional<String> dialect() {
        return Optional.ofNullable(dialect);
    }

    /**
     * The dialect whose SQL comes closest, for an engine Reprieve does not support: what a user may force with
     * the {@code reprieve.dialect} setting at their own risk. Empty where nothing comes close.
     */
    public Optional<String> nearestDialect() {
        return Optional.ofNullable(nearestDialect);
    }

    /** Whether the PostgreSQL family needs {@code version()} read to tell this product apart. */
    public static boolean needsVersionFunction(String productName) {
        return lower(productName).contains("postgres");
    }

    /**
     * Identifies the engine.
     *
     * @param productName     {@code DatabaseMetaData.getDatabaseProductName()} (or the simple name of a Hibernate
     *                        dialect class, such as {@code CockroachDialect}, where no connection is at hand)
     * @param productVersion  {@code DatabaseMetaData.getDatabaseProductVersion()}
     * @param versionFunction the text of {@code SELECT version()}, or null where it was not read (see
     *                        {@link #needsVersionFunction})
     */
    public static DatabaseEngine identify(String productName, String productVersion, String versionFunction) {
        String name = lower(productName);
        String version = lower(productVersion) + " " + lower(versionFunction);
        String all = name + " " + version;
        if (all.contains("cockroach")) {
            return COCKROACHDB;
        }
        if (all.contains("yugabyte") || version.contains("-yb-")) {
            return YUGABYTEDB;
        }
        if (all.contains("tidb")) {
            return TIDB;
        }
        if (all.contains("vitess") || all.contains("planetscale")) {
            return VITESS;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mariadb") || (name.contains("mysql") && version.contains("mariadb"))) {
            return MARIADB;
        }
        if (name.contains("mysql")) {
            return MYSQL;
        }
        if (name.equals("h2") || name.startsWith("h2dialect")) {
            return H2;
        }
        return UNKNOWN;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}

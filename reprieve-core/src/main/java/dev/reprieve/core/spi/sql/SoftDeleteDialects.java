package dev.reprieve.core.spi.sql;

import dev.reprieve.core.ReprieveException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Picks the dialect for a database. One place decides: the engine is identified from JDBC metadata (see
 * {@link DatabaseEngine}) and either has a dialect, or startup stops naming the engine and the setting that
 * forces the nearest dialect.
 */
public final class SoftDeleteDialects {

    /** The setting that forces a dialect, in Hibernate properties and (prefixed the same) in Spring Boot. */
    public static final String SETTING = "reprieve.dialect";

    /** What {@link #SETTING} accepts. */
    public static final List<String> NAMES = List.of("postgresql", "mariadb", "h2");

    private SoftDeleteDialects() {
    }

    /**
     * @param productName e.g. {@code PostgreSQL}, {@code MariaDB}, {@code MySQL}, {@code H2}
     * @throws IllegalArgumentException for a database Reprieve does not support
     */
    public static SoftDeleteDialect forProductName(String productName) {
        DatabaseEngine engine = DatabaseEngine.identify(productName, null, null);
        return engine.dialect().map(SoftDeleteDialects::named).orElseThrow(() -> new IllegalArgumentException(
                unsupported(engine, productName)));
    }

    /**
     * The dialect for a connection's database, or the forced one.
     *
     * @param forced a name from {@link #NAMES}, or null or blank to identify the engine
     * @throws ReprieveException naming the engine and the nearest setting when Reprieve has no dialect for it
     */
    public static SoftDeleteDialect resolve(Connection connection, String forced) throws SQLException {
        if (forced != null && !forced.isBlank()) {
            return named(forced);
        }
        DatabaseMetaData meta = connection.getMetaData();
        String product = meta.getDatabaseProductName();
        String version = meta.getDatabaseProductVersion();
        String versionFunction = DatabaseEngine.needsVersionFunction(product) ? versionFunction(connection) : null;
        return forEngine(DatabaseEngine.identify(product, version, versionFunction),
                product + " " + version + (versionFunction == null ? "" : ", " + versionFunction));
    }

    /**
     * The dialect made for an engine.
     *
     * @param reported what the database reported, for the message
     * @throws ReprieveException naming the engine and the nearest setting when Reprieve has no dialect for it
     */
    public static SoftDeleteDialect forEngine(DatabaseEngine engine, String reported) {
        return engine.dialect().map(SoftDeleteDialects::named)
                .orElseThrow(() -> new ReprieveException(unsupported(engine, reported)));
    }

    /** A dialect by its {@link SoftDeleteDialect#name()}. */
    public static SoftDeleteDialect named(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "postgresql" -> new PostgresDialect();
            case "mariadb" -> new MariaDbDialect();
            case "h2" -> new H2Dialect();
            default -> throw new ReprieveException(SETTING + ": '" + name + "' is not a Reprieve dialect; one of " + NAMES);
        };
    }

    private static String versionFunction(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT version()")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String unsupported(DatabaseEngine engine, String reported) {
        if (engine == DatabaseEngine.UNKNOWN) {
            return "Reprieve has no SQL dialect for database '" + reported + "'; supported: PostgreSQL, MariaDB/MySQL, H2";
        }
        return "Reprieve does not support " + engine.displayName() + " (the database reports '" + reported + "')."
                + engine.nearestDialect().map(d -> " The nearest supported dialect is " + d + ": set " + SETTING + "=" + d
                        + " to force it, untested on " + engine.displayName() + "; docs/scaling.md says what is known"
                        + " to differ.").orElse("");
    }
}

package dev.reprieve.core.sql;

import java.util.Locale;

/** Picks the dialect for a database product name, as JDBC's {@code DatabaseMetaData} reports it. */
public final class SoftDeleteDialects {

    private SoftDeleteDialects() {
    }

    /**
     * @param productName e.g. {@code PostgreSQL}, {@code MariaDB}, {@code MySQL}, {@code H2}
     * @throws IllegalArgumentException for a database Reprieve does not support
     */
    public static SoftDeleteDialect forProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return new PostgresDialect();
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return new MariaDbDialect();
        }
        if (name.contains("h2")) {
            return new H2Dialect();
        }
        throw new IllegalArgumentException("Reprieve has no SQL dialect for database '" + productName
                + "'; supported: PostgreSQL, MariaDB/MySQL, H2");
    }
}

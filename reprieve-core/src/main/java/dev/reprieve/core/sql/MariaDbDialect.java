package dev.reprieve.core.sql;

/** MariaDB and MySQL: no partial indexes, so plain B-tree indexes on the soft-delete columns. */
public final class MariaDbDialect implements SoftDeleteDialect {

    @Override
    public String name() {
        return "mariadb";
    }
}

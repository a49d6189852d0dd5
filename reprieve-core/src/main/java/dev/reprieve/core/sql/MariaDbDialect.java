package dev.reprieve.core.sql;

/** MariaDB and MySQL: no partial indexes, so plain B-tree indexes on the soft-delete columns. */
public final class MariaDbDialect implements SoftDeleteDialect {

    @Override
    public String name() {
        return "mariadb";
    }

    // ---- the admin's trash and history (see TrashSql, AuditSql) ----

    /** MariaDB casts to CHAR, not VARCHAR. */
    @Override
    public String castToText(String expression) {
        return "CAST(" + expression + " AS CHAR)";
    }

    @Override
    public String castToInteger(String expression) {
        return "CAST(" + expression + " AS SIGNED)";
    }

    /** DATETIME holds no zone: values are stored as UTC wall-clock time (see {@link #timestampValue}). */
    @Override
    public String timestampType() {
        return "DATETIME(6)";
    }

    @Override
    public Object timestampValue(java.time.Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    @Override
    public Class<?> timestampClass() {
        return java.time.LocalDateTime.class;
    }

    @Override
    public java.time.Instant readTimestamp(Object value) {
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return SoftDeleteDialect.super.readTimestamp(value);
    }
}

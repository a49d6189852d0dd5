package dev.reprieve.core.sql;

import dev.reprieve.core.SoftDeleteTable;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Optional;

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


    /** MariaDB's syntax for the alive marker: a virtual column costs no storage. */
    @Override
    public String aliveMarkerDefinition(SoftDeleteTable t) {
        return "TINYINT AS (CASE WHEN " + t.deletedAtColumn() + " IS NULL THEN 1 END) VIRTUAL";
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate entry '(.*)' for key");

    @Override
    public Optional<String> violatedValue(String databaseMessage) {
        Matcher m = DUPLICATE.matcher(databaseMessage == null ? "" : databaseMessage);
        if (!m.find()) {
            return Optional.empty();
        }
        String entry = m.group(1);
        // the entry joins the key's values and the alive marker with '-': drop the marker
        return Optional.of(entry.endsWith("-1") ? entry.substring(0, entry.length() - 2) : entry);
    }
}

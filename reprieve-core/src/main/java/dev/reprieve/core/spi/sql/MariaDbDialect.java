package dev.reprieve.core.spi.sql;

import dev.reprieve.core.SoftDeleteTable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** MariaDB and MySQL: no partial indexes, so plain B-tree indexes on the soft-delete columns. */
public final class MariaDbDialect implements SoftDeleteDialect {

    @Override
    public String name() {
        return "mariadb";
    }

    /** InnoDB's UPDATE reads the latest committed row, waiting for its lock. */
    @Override
    public boolean updateRereadsChangedRows() {
        return true;
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

    @Override
    public String limit(int n) {
        return " LIMIT " + n;
    }

    /** MariaDB's single-table DELETE takes no alias (and only that form may read its own table in a subquery). */
    @Override
    public boolean deleteTakesAlias() {
        return false;
    }

    @Override
    public String rowAsJson(SoftDeleteTable t, List<TableColumn> columns) {
        return "JSON_OBJECT(" + columns.stream().map(c -> "'" + c.key() + "', " + jsonValue(c))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** MariaDB's JSON_OBJECT would write a BIT(1) or a BLOB as raw bytes: booleans and base64 instead. */
    private static String jsonValue(TableColumn c) {
        String v = "t." + c.name();
        if (c.isBoolean()) {
            return "CASE WHEN " + v + " IS NULL THEN NULL WHEN " + v + " THEN JSON_EXTRACT('true', '$')"
                    + " ELSE JSON_EXTRACT('false', '$') END";
        }
        return c.isBinary() ? "TO_BASE64(" + v + ")" : v;
    }

    @Override
    public String idAsText(String expression) {
        return "CAST(" + expression + " AS CHAR)";
    }

    @Override
    public List<String> createArchiveTable() {
        return List.of("CREATE TABLE IF NOT EXISTS " + ARCHIVE_TABLE + " (entity_name VARCHAR(255) NOT NULL,"
                        + " row_id VARCHAR(255) NOT NULL, deleted_at DATETIME(6) NULL, purged_at DATETIME(6) NOT NULL,"
                        + " payload LONGTEXT NOT NULL CHECK (JSON_VALID(payload)))",
                "CREATE INDEX IF NOT EXISTS " + ARCHIVE_TABLE + "_row_idx ON " + ARCHIVE_TABLE + " (entity_name, row_id)");
    }

    @Override
    public List<String> createLockTable(String name) {
        return List.of("CREATE TABLE IF NOT EXISTS " + name + " (name VARCHAR(64) NOT NULL, lock_until TIMESTAMP(3) NOT NULL,"
                + " locked_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), locked_by VARCHAR(255) NOT NULL,"
                + " PRIMARY KEY (name))");
    }

    /** Hibernate stores an {@code Instant} in a {@code DATETIME(6)} as UTC wall time; so does the purge. */
    @Override
    public void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setTimestamp(index, Timestamp.from(value), utc());
    }

    @Override
    public Instant readInstant(ResultSet rs, int index) throws SQLException {
        Timestamp value = rs.getTimestamp(index, utc());
        return value == null ? null : value.toInstant();
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}

package dev.reprieve.purge.internal;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.sql.PurgeDialect;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A purged row as the file archive writes it: column names to JSON-friendly values. */
final class ArchivedRow {

    private ArchivedRow() {
    }

    /**
     * One row for the file archive. Times never pass through the JVM's time zone: the deletion time is the
     * instant Reprieve stored, a zoned column its instant, a zone-less column its wall-clock time as stored.
     */
    static Map<String, Object> read(ResultSet rs, SoftDeleteTable t, PurgeDialect dialect) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
            Object value;
            if (name.equalsIgnoreCase(t.deletedAtColumn())) {
                Instant deletedAt = dialect.readInstant(rs, i);
                value = deletedAt == null ? null : deletedAt.toString();
            } else if (meta.getColumnType(i) == java.sql.Types.TIMESTAMP
                    || meta.getColumnType(i) == java.sql.Types.TIMESTAMP_WITH_TIMEZONE) {
                value = timestamp(rs, i, meta.getColumnTypeName(i));
            } else {
                value = plain(rs.getObject(i));
            }
            row.put(name, value);
        }
        return row;
    }

    private static String timestamp(ResultSet rs, int column, String typeName) throws SQLException {
        String type = typeName.toUpperCase(java.util.Locale.ROOT);
        if (type.contains("TZ") || type.contains("TIME ZONE")) {
            OffsetDateTime zoned = rs.getObject(column, OffsetDateTime.class);
            return zoned == null ? null : zoned.toInstant().toString();
        }
        java.time.LocalDateTime wall = rs.getObject(column, java.time.LocalDateTime.class);
        return wall == null ? null : wall.toString();
    }

    /** JDBC values as JSON-friendly Java values: times as ISO-8601 text, large objects read out. */
    private static Object plain(Object value) throws SQLException {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant().toString();
        }
        if (value instanceof java.util.Date || value instanceof java.time.temporal.TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof java.util.UUID uuid) {
            return uuid.toString();
        }
        return value;
    }
}

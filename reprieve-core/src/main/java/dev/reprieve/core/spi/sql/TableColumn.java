package dev.reprieve.core.spi.sql;

/** A column as JDBC reports it: its name and its {@link java.sql.Types} code, for the archive's JSON. */
public record TableColumn(String name, int jdbcType) {

    /** @return whether JDBC reports the column as a boolean or a bit */
    public boolean isBoolean() {
        return jdbcType == java.sql.Types.BOOLEAN || jdbcType == java.sql.Types.BIT;
    }

    /** @return whether the column holds raw bytes */
    public boolean isBinary() {
        return jdbcType == java.sql.Types.BINARY || jdbcType == java.sql.Types.VARBINARY
                || jdbcType == java.sql.Types.LONGVARBINARY || jdbcType == java.sql.Types.BLOB;
    }

    public String key() {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}

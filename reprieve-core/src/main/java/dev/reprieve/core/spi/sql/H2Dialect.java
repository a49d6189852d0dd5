package dev.reprieve.core.spi.sql;

import dev.reprieve.core.SoftDeleteTable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** H2, the embedded database of the demo and of server-less tests: plain indexes. */
public final class H2Dialect implements SoftDeleteDialect {

    @Override
    public String name() {
        return "h2";
    }

    private static final Pattern VALUES = Pattern.compile("VALUES \\( /\\* key:\\S+ \\*/ (.*?)(, CAST\\(1 AS TINYINT\\))?\\)\"");

    @Override
    public Optional<String> violatedValue(String databaseMessage) {
        Matcher m = VALUES.matcher(databaseMessage == null ? "" : databaseMessage);
        if (!m.find()) {
            return Optional.empty();
        }
        String value = m.group(1);
        return Optional.of(value.length() > 1 && value.startsWith("'") && value.endsWith("'")
                ? value.substring(1, value.length() - 1) : value);
    }

    @Override
    public String rowAsJson(SoftDeleteTable t, List<TableColumn> columns) {
        return "CAST(JSON_OBJECT(" + columns.stream().map(c -> "'" + c.key() + "' VALUE t." + c.name())
                .collect(Collectors.joining(", ")) + ") AS VARCHAR)";
    }

    @Override
    public List<String> createArchiveTable() {
        return List.of("CREATE TABLE IF NOT EXISTS " + ARCHIVE_TABLE + " (entity_name VARCHAR(255) NOT NULL,"
                        + " row_id VARCHAR(255) NOT NULL, deleted_at TIMESTAMP(6) WITH TIME ZONE,"
                        + " purged_at TIMESTAMP(6) WITH TIME ZONE NOT NULL, payload CHARACTER LARGE OBJECT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + ARCHIVE_TABLE + "_row_idx ON " + ARCHIVE_TABLE + " (entity_name, row_id)");
    }

    @Override
    public List<String> createLockTable(String name) {
        return List.of("CREATE TABLE IF NOT EXISTS " + name + " (name VARCHAR(64) NOT NULL, lock_until TIMESTAMP(3) NOT NULL,"
                + " locked_at TIMESTAMP(3) NOT NULL, locked_by VARCHAR(255) NOT NULL, PRIMARY KEY (name))");
    }
}

package dev.reprieve.core.sql;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Optional;

/** H2, the embedded database of the demo and of server-less tests: plain indexes. */
public final class H2Dialect implements SoftDeleteDialect {

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public List<String> createIndexes(SoftDeleteTable t) {
        return List.of(
                "CREATE INDEX IF NOT EXISTS " + SoftDeleteDialect.indexName(t, "deleted_at_idx") + " ON " + t.table()
                        + " (" + t.deletedAtColumn() + ")",
                "CREATE INDEX IF NOT EXISTS " + SoftDeleteDialect.indexName(t, "deletion_id_idx") + " ON " + t.table()
                        + " (" + t.deletionIdColumn() + ")");
    }

    @Override
    public List<String> dropIndexes(SoftDeleteTable t) {
        return List.of(
                "DROP INDEX IF EXISTS " + SoftDeleteDialect.indexName(t, "deleted_at_idx"),
                "DROP INDEX IF EXISTS " + SoftDeleteDialect.indexName(t, "deletion_id_idx"));
    }

    /** The generated column, 1 for alive rows and NULL for deleted ones, inside every unique-when-alive index. */
    static final String ALIVE = "reprieve_alive";

    @Override
    public Optional<String> aliveMarkerColumn() {
        return Optional.of(ALIVE);
    }

    @Override
    public List<String> createUniqueWhenAlive(UniqueAliveConstraint key) {
        // no partial indexes: the generated column is NULL for deleted rows, and NULLs are distinct in an
        // H2 unique index, so only alive rows compete for a value
        return List.of(
                "ALTER TABLE " + key.table().table() + " ADD COLUMN IF NOT EXISTS " + ALIVE
                        + " TINYINT GENERATED ALWAYS AS (CASE WHEN " + key.table().deletedAtColumn() + " IS NULL THEN 1 END)",
                "CREATE UNIQUE INDEX IF NOT EXISTS " + key.indexName() + " ON " + key.table().table() + " ("
                        + SoftDeleteDialect.columnList(key.columns()) + ", " + ALIVE + ")");
    }

    @Override
    public String createAliveForeignKeyIndex(SoftDeleteTable t, String foreignKeyColumn) {
        return "CREATE INDEX IF NOT EXISTS " + SoftDeleteDialect.aliveForeignKeyIndexName(t, foreignKeyColumn) + " ON "
                + t.table() + " (" + foreignKeyColumn + ", " + t.deletedAtColumn() + ", " + t.idColumn() + ")";
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
}

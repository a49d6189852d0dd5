package dev.reprieve.core.sql;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Optional;

/** MariaDB and MySQL: no partial indexes, so plain B-tree indexes on the soft-delete columns. */
public final class MariaDbDialect implements SoftDeleteDialect {

    @Override
    public String name() {
        return "mariadb";
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
                "DROP INDEX IF EXISTS " + SoftDeleteDialect.indexName(t, "deleted_at_idx") + " ON " + t.table(),
                "DROP INDEX IF EXISTS " + SoftDeleteDialect.indexName(t, "deletion_id_idx") + " ON " + t.table());
    }

    /** The generated column, 1 for alive rows and NULL for deleted ones, inside every unique-when-alive index. */
    static final String ALIVE = "reprieve_alive";

    @Override
    public Optional<String> aliveMarkerColumn() {
        return Optional.of(ALIVE);
    }

    @Override
    public List<String> createUniqueWhenAlive(UniqueAliveConstraint key) {
        // no partial indexes: the generated column is NULL for deleted rows, and NULLs never collide in a
        // unique index, so only alive rows compete for a value
        return List.of(
                "ALTER TABLE " + key.table().table() + " ADD COLUMN IF NOT EXISTS " + ALIVE + " TINYINT AS (CASE WHEN "
                        + key.table().deletedAtColumn() + " IS NULL THEN 1 END) VIRTUAL",
                "CREATE UNIQUE INDEX IF NOT EXISTS " + key.indexName() + " ON " + key.table().table() + " ("
                        + SoftDeleteDialect.columnList(key.columns()) + ", " + ALIVE + ")");
    }

    @Override
    public String createAliveForeignKeyIndex(SoftDeleteTable t, String foreignKeyColumn) {
        // equality on (fk, deleted_at IS NULL) leaves the entries ordered by id: a page is one index range
        return "CREATE INDEX IF NOT EXISTS " + SoftDeleteDialect.aliveForeignKeyIndexName(t, foreignKeyColumn) + " ON "
                + t.table() + " (" + foreignKeyColumn + ", " + t.deletedAtColumn() + ", " + t.idColumn() + ")";
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

package dev.reprieve.core.sql;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Optional;

/**
 * PostgreSQL: partial indexes keep alive reads as fast as on a table without deleted rows, and keep
 * the trash/purge index as small as the trash itself.
 */
public final class PostgresDialect implements SoftDeleteDialect {

    @Override
    public String name() {
        return "postgresql";
    }

    // ---- the admin's trash and history (see TrashSql, AuditSql) ----

    @Override
    public String castToText(String expression) {
        return "CAST(" + expression + " AS VARCHAR)";
    }

    @Override
    public String castToInteger(String expression) {
        return "CAST(" + expression + " AS BIGINT)";
    }

    @Override
    public String timestampType() {
        return "TIMESTAMP(6) WITH TIME ZONE";
    }

    @Override
    public List<String> createIndexes(SoftDeleteTable t) {
        return List.of(
                "CREATE INDEX IF NOT EXISTS " + SoftDeleteDialect.indexName(t, "alive_idx") + " ON " + t.table()
                        + " (" + t.idColumn() + ") WHERE " + t.deletedAtColumn() + " IS NULL",
                "CREATE INDEX IF NOT EXISTS " + SoftDeleteDialect.indexName(t, "deleted_at_idx") + " ON " + t.table()
                        + " (" + t.deletedAtColumn() + ") WHERE " + t.deletedAtColumn() + " IS NOT NULL",
                "CREATE INDEX IF NOT EXISTS " + SoftDeleteDialect.indexName(t, "deletion_id_idx") + " ON " + t.table()
                        + " (" + t.deletionIdColumn() + ") WHERE " + t.deletionIdColumn() + " IS NOT NULL");
    }

    /** PostgreSQL has partial indexes, so it needs no alive marker column. */
    @Override
    public Optional<String> aliveMarkerColumn() {
        return Optional.empty();
    }

    @Override
    public List<String> createUniqueWhenAlive(UniqueAliveConstraint key) {
        return List.of("CREATE UNIQUE INDEX IF NOT EXISTS " + key.indexName() + " ON " + key.table().table() + " ("
                + SoftDeleteDialect.columnList(key.columns()) + ") WHERE " + key.table().deletedAtColumn() + " IS NULL");
    }

    @Override
    public String createAliveForeignKeyIndex(SoftDeleteTable t, String foreignKeyColumn) {
        // partial: only alive rows are indexed, ordered by id within a parent, so a page is one index range
        return "CREATE INDEX IF NOT EXISTS " + SoftDeleteDialect.aliveForeignKeyIndexName(t, foreignKeyColumn) + " ON "
                + t.table() + " (" + foreignKeyColumn + ", " + t.idColumn() + ") WHERE " + t.deletedAtColumn() + " IS NULL";
    }

    private static final Pattern KEY_VALUE = Pattern.compile("Key \\((.*)\\)=\\((.*)\\) already exists");

    @Override
    public Optional<String> violatedValue(String databaseMessage) {
        Matcher m = KEY_VALUE.matcher(databaseMessage == null ? "" : databaseMessage);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }
}

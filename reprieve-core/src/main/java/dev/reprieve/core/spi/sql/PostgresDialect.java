package dev.reprieve.core.spi.sql;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL: partial indexes keep alive reads as fast as on a table without deleted rows, and keep
 * the trash/purge index as small as the trash itself.
 */
public final class PostgresDialect implements SoftDeleteDialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public List<String> createIndexes(SoftDeleteTable t) {
        return List.of(
                whenMissing(t.table(), SoftDeleteDialect.indexName(t, "alive_idx"), "CREATE INDEX IF NOT EXISTS "
                        + SoftDeleteDialect.indexName(t, "alive_idx") + " ON " + t.table() + " (" + t.idColumn() + ") WHERE "
                        + t.deletedAtColumn() + " IS NULL"),
                whenMissing(t.table(), SoftDeleteDialect.indexName(t, "deleted_at_idx"), "CREATE INDEX IF NOT EXISTS "
                        + SoftDeleteDialect.indexName(t, "deleted_at_idx") + " ON " + t.table() + " (" + t.deletedAtColumn()
                        + ") WHERE " + t.deletedAtColumn() + " IS NOT NULL"),
                whenMissing(t.table(), SoftDeleteDialect.indexName(t, "deletion_id_idx"), "CREATE INDEX IF NOT EXISTS "
                        + SoftDeleteDialect.indexName(t, "deletion_id_idx") + " ON " + t.table() + " (" + t.deletionIdColumn()
                        + ") WHERE " + t.deletionIdColumn() + " IS NOT NULL"));
    }

    /**
     * Runs an index's DDL only when the index is missing. A bare {@code CREATE INDEX IF NOT EXISTS} on an existing
     * index answers a NOTICE, which JDBC hands on as a warning and Hibernate logs as a WARN at every start on an
     * intact schema; the check runs first, so a restart is quiet. The {@code IF NOT EXISTS} stays as the fallback.
     *
     * @param table the table, possibly schema-qualified: its index lives in the same schema
     */
    static String whenMissing(String table, String index, String ddl) {
        String qualified = QualifiedNames.qualifier(table) + index;
        return "DO $$ BEGIN IF to_regclass('" + qualified.replace("'", "''") + "') IS NULL THEN " + ddl
                + "; END IF; END $$";
    }

    /** PostgreSQL has partial indexes, so it needs no alive marker column. */
    @Override
    public Optional<String> aliveMarkerColumn() {
        return Optional.empty();
    }

    @Override
    public List<String> createUniqueWhenAlive(UniqueAliveConstraint key) {
        return List.of(whenMissing(key.table().table(), key.indexName(), "CREATE UNIQUE INDEX IF NOT EXISTS " + key.indexName()
                + " ON " + key.table().table() + " (" + SoftDeleteDialect.columnList(key.columns()) + ") WHERE "
                + key.table().deletedAtColumn() + " IS NULL"));
    }

    @Override
    public String createAliveForeignKeyIndex(SoftDeleteTable t, String foreignKeyColumn) {
        // partial: only alive rows are indexed, ordered by id within a parent, so a page is one index range
        String index = SoftDeleteDialect.aliveForeignKeyIndexName(t, foreignKeyColumn);
        return whenMissing(t.table(), index, "CREATE INDEX IF NOT EXISTS " + index + " ON " + t.table() + " ("
                + foreignKeyColumn + ", " + t.idColumn() + ") WHERE " + t.deletedAtColumn() + " IS NULL");
    }

    private static final Pattern KEY_VALUE = Pattern.compile("Key \\((.*)\\)=\\((.*)\\) already exists");

    private static final Pattern CONSTRAINT = Pattern.compile("unique constraint \"([^\"]+)\"");

    /**
     * PostgreSQL names a partition's copy of an index {@code <partition>_<columns joined by _>_idx} (a digit
     * appended on a clash), and the message's key lists the columns: both must fit the key.
     */
    @Override
    public boolean namesPartitionIndexOf(String databaseMessage, UniqueAliveConstraint key) {
        String message = databaseMessage == null ? "" : databaseMessage;
        Matcher constraint = CONSTRAINT.matcher(message);
        Matcher columns = KEY_VALUE.matcher(message);
        if (!constraint.find() || !columns.find()) {
            return false;
        }
        String joined = String.join("_", key.columns()).toLowerCase(java.util.Locale.ROOT);
        return constraint.group(1).toLowerCase(java.util.Locale.ROOT).matches(".+_" + Pattern.quote(joined) + "_idx\\d*")
                && columns.group(1).replace(" ", "").equalsIgnoreCase(String.join(",", key.columns()));
    }

    @Override
    public Optional<String> violatedValue(String databaseMessage) {
        Matcher m = KEY_VALUE.matcher(databaseMessage == null ? "" : databaseMessage);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /**
     * A generic plan of the batch select sorts every expired row per batch; a custom plan walks the index.
     * Batches commit without waiting for the WAL flush: a batch lost to a crash is still whole (WAL is
     * atomic) and its rows are simply purged again by the next run, as with any uncommitted batch.
     */
    @Override
    public List<String> beginPurgeSession() {
        return List.of("SET plan_cache_mode = force_custom_plan", "SET synchronous_commit = off");
    }

    @Override
    public List<String> endPurgeSession() {
        return List.of("RESET plan_cache_mode", "RESET synchronous_commit");
    }

    @Override
    public String limit(int n) {
        return " LIMIT " + n;
    }

    @Override
    public String rowAsJson(SoftDeleteTable t, List<TableColumn> columns) {
        return "to_jsonb(t)";
    }

    @Override
    public List<String> createArchiveTable() {
        return List.of("CREATE TABLE IF NOT EXISTS " + ARCHIVE_TABLE + " (entity_name VARCHAR(255) NOT NULL,"
                        + " row_id VARCHAR(255) NOT NULL, deleted_at TIMESTAMP(6) WITH TIME ZONE,"
                        + " purged_at TIMESTAMP(6) WITH TIME ZONE NOT NULL, payload JSONB NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + ARCHIVE_TABLE + "_row_idx ON " + ARCHIVE_TABLE + " (entity_name, row_id)");
    }

    @Override
    public List<String> createLockTable(String name) {
        return List.of("CREATE TABLE IF NOT EXISTS " + name + " (name VARCHAR(64) NOT NULL, lock_until TIMESTAMP NOT NULL,"
                + " locked_at TIMESTAMP NOT NULL, locked_by VARCHAR(255) NOT NULL, PRIMARY KEY (name))");
    }
}

package dev.reprieve.core.sql;

import dev.reprieve.core.SoftDeleteTable;
import java.util.List;

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
                "CREATE INDEX IF NOT EXISTS " + SoftDeleteDialect.indexName(t, "alive_idx") + " ON " + t.table()
                        + " (" + t.idColumn() + ") WHERE " + t.deletedAtColumn() + " IS NULL",
                "CREATE INDEX IF NOT EXISTS " + SoftDeleteDialect.indexName(t, "deleted_at_idx") + " ON " + t.table()
                        + " (" + t.deletedAtColumn() + ") WHERE " + t.deletedAtColumn() + " IS NOT NULL",
                "CREATE INDEX IF NOT EXISTS " + SoftDeleteDialect.indexName(t, "deletion_id_idx") + " ON " + t.table()
                        + " (" + t.deletionIdColumn() + ") WHERE " + t.deletionIdColumn() + " IS NOT NULL");
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
}

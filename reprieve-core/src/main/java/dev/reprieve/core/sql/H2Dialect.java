package dev.reprieve.core.sql;

import dev.reprieve.core.SoftDeleteTable;
import java.util.List;

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

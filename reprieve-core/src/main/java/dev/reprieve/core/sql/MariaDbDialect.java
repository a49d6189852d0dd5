package dev.reprieve.core.sql;

import dev.reprieve.core.SoftDeleteTable;
import java.util.List;

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
}

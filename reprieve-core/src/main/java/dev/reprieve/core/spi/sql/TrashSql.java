package dev.reprieve.core.spi.sql;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.trash.TrashCursor;
import dev.reprieve.core.spi.trash.TrashOrder;
import dev.reprieve.core.spi.trash.TrashQuery;
import dev.reprieve.core.spi.trash.TrashSource;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The trash's SQL: one page of soft-deleted rows across every soft-deletable table, their counts, and the
 * size of their cascade groups. Database differences come from the {@link SoftDeleteDialect}.
 *
 * <p>A page is a {@code UNION ALL} with one branch per table; each branch reads its own
 * {@code deleted_at} index in order and stops after the rows the page can use ({@code ORDER BY ... LIMIT}
 * inside the branch), so a page costs about the same with 100 or 100,000 rows in the trash. Keyset
 * cursors keep deep pages as cheap as the first one; offsets are supported for small jumps. Counts stop
 * at a limit for the same reason (see {@link #count}).
 *
 * <p>Columns of {@link #page}: {@code entity_type, id_text, id_num, deleted_at, deleted_by, deletion_id, label, reason}
 * ({@code reason} is NULL for tables without a deletion reason column).
 */
public final class TrashSql {

    private final SoftDeleteDialect dialect;

    public TrashSql(SoftDeleteDialect dialect) {
        this.dialect = dialect;
    }

    /** One page; asks for {@code limit + 1} rows so the caller can tell whether a next page exists. */
    public SqlStatement page(TrashQuery q) {
        if (q.sources().isEmpty()) {
            throw new IllegalArgumentException("a trash query needs at least one table");
        }
        String dir = q.order() == TrashOrder.NEWEST ? "DESC" : "ASC";
        int branchLimit = q.offset() + q.limit() + 1;
        SqlStatement.Builder sql = SqlStatement.builder(
                "SELECT entity_type, id_text, id_num, deleted_at, deleted_by, deletion_id, label, reason FROM (");
        int n = 0;
        for (TrashSource source : q.sources()) {
            SoftDeleteTable t = source.table();
            if (n > 0) {
                sql.sql(" UNION ALL ");
            }
            sql.sql("SELECT * FROM (SELECT " + columns(source) + " FROM " + t.table() + " WHERE "
                    + t.deletedAtColumn() + " IS NOT NULL");
            filters(q, source, sql);
            keyset(q, source, sql);
            sql.sql(" ORDER BY " + t.deletedAtColumn() + " " + dir + ", " + t.idColumn() + " " + dir + " LIMIT "
                    + branchLimit + ") b" + n++);
        }
        sql.sql(") trash ORDER BY deleted_at " + dir + ", entity_type, id_num " + dir + ", id_text " + dir + " LIMIT "
                + (q.limit() + 1));
        if (q.offset() > 0) {
            sql.sql(" OFFSET " + q.offset());
        }
        return sql.build();
    }

    /** One row, deleted or alive, with the columns of {@link #page} ({@code deleted_at} is NULL when alive). */
    public SqlStatement one(TrashSource source, Object id) {
        return SqlStatement.builder("SELECT " + columns(source) + " FROM " + source.table().table() + " WHERE "
                + source.table().idColumn() + " = ").bind(id).build();
    }

    /**
     * Rows matching the filters, per type (cursor and paging ignored), counting no further than {@code atMost}
     * rows of each type: each branch reads at most that many matching rows ({@code LIMIT} in a derived
     * table) before counting them, so the count costs the same in a trash of 100,000 rows as in one of
     * {@code atMost}. A type whose {@code row_count} equals {@code atMost} may have more rows; ask for one
     * more than you will show to tell "exactly N" from "more than N". Columns: entity_type, row_count.
     */
    public SqlStatement count(TrashQuery q, long atMost) {
        if (atMost < 1) {
            throw new IllegalArgumentException("a count must read at least one row, got " + atMost);
        }
        SqlStatement.Builder sql = SqlStatement.builder();
        int n = 0;
        for (TrashSource source : q.sources()) {
            SoftDeleteTable t = source.table();
            if (n > 0) {
                sql.sql(" UNION ALL ");
            }
            sql.sql("SELECT " + literal(source.entityName()) + " AS entity_type, COUNT(*) AS row_count FROM (SELECT 1"
                    + " AS hit FROM " + t.table() + " WHERE " + t.deletedAtColumn() + " IS NOT NULL");
            filters(q, source, sql);
            sql.sql(" LIMIT " + atMost + ") c" + n++);
        }
        return sql.build();
    }

    /**
     * How many rows each of these delete operations marked, per type: what went with each row.
     * Columns: entity_type, deletion_id, row_count.
     */
    public SqlStatement groupSizes(Collection<SoftDeleteTable> tables, Collection<String> deletionIds) {
        if (tables.isEmpty() || deletionIds.isEmpty()) {
            throw new IllegalArgumentException("group sizes need tables and deletion ids");
        }
        SqlStatement.Builder sql = SqlStatement.builder();
        for (SoftDeleteTable t : tables) {
            if (!sql.isEmpty()) {
                sql.sql(" UNION ALL ");
            }
            sql.sql("SELECT " + literal(t.entityName()) + " AS entity_type, " + t.deletionIdColumn()
                    + " AS deletion_id, COUNT(*) AS row_count FROM " + t.table() + " WHERE " + t.deletionIdColumn()
                    + " IN (").bindAll(deletionIds).sql(") AND " + t.deletedAtColumn() + " IS NOT NULL GROUP BY "
                    + t.deletionIdColumn());
        }
        return sql.build();
    }

    /**
     * The rows of a table whose foreign key points at any of the given parent ids, alive or deleted: what
     * erasing the parents would take along, or leave dangling.
     * Columns: child_id, and child_deleted_at (always NULL when the child is not soft-deletable).
     */
    public SqlStatement children(String childTable, String childIdColumn, String foreignKeyColumn, SoftDeleteTable child,
            List<?> parentIds) {
        return SqlStatement.builder("SELECT " + childIdColumn + " AS child_id, " + (child == null ? "NULL"
                : child.deletedAtColumn()) + " AS child_deleted_at FROM " + childTable + " WHERE " + foreignKeyColumn
                + " IN (").bindAll(parentIds).sql(")").build();
    }

    /** The dialect these statements are written for, which also binds and reads their values. */
    public SoftDeleteDialect dialect() {
        return dialect;
    }

    /**
     * How many rows of a table reference any of the given parents: all of them, and the alive ones (none when the
     * child is not soft-deletable). Columns: row_count, alive_count.
     */
    public SqlStatement countChildren(String childTable, String foreignKeyColumn, SoftDeleteTable child, List<?> parentIds) {
        return SqlStatement.builder("SELECT COUNT(*) AS row_count, " + (child == null ? "0" : "COALESCE(SUM(CASE WHEN "
                + child.deletedAtColumn() + " IS NULL THEN 1 ELSE 0 END), 0)") + " AS alive_count FROM " + childTable
                + " WHERE " + foreignKeyColumn + " IN (").bindAll(parentIds).sql(")").build();
    }

    /**
     * A summary of exactly which rows of a table reference any of the given parents (only the soft-deleted ones
     * when the child is soft-deletable), computed in the database without reading the ids: how many, the
     * smallest and largest id, and an order-independent checksum of the ids. Two sets of integer ids with the same
     * summary are the same set but for a deliberate collision, so a confirmed erase can tell whether the rows changed
     * since they were shown. For integer ids only. Columns: row_count, min_id, max_id, id_checksum.
     */
    public SqlStatement childrenSummary(String childTable, String childIdColumn, String foreignKeyColumn,
            SoftDeleteTable child, List<?> parentIds) {
        String id = dialect.castToInteger(childIdColumn);
        // MOD keeps each factor below 2^20 and the product below 2^40, far from overflowing a 64-bit integer; the
        // factors are cast back to 64 bits because H2 types MOD's result as its divisor's type (32 bits here)
        String term = "MOD(" + dialect.castToInteger("MOD(" + id + ", 1000003)") + " * "
                + dialect.castToInteger("MOD(" + id + ", 1000033)") + ", 2147483647)";
        return SqlStatement.builder("SELECT COUNT(*) AS row_count, MIN(" + id + ") AS min_id, MAX(" + id
                + ") AS max_id, COALESCE(SUM(" + term + "), 0) AS id_checksum FROM " + childTable + " WHERE "
                + foreignKeyColumn + " IN (").bindAll(parentIds).sql(")"
                + (child == null ? "" : " AND " + child.deletedAtColumn() + " IS NOT NULL")).build();
    }

    /**
     * How many alive rows of a soft-deletable table reference any of the given parents; answered from the alive
     * index on the foreign key, without touching the deleted rows. Columns: alive_count.
     */
    public SqlStatement countAliveChildren(String childTable, String foreignKeyColumn, SoftDeleteTable child, List<?> parentIds) {
        return SqlStatement.builder("SELECT COUNT(*) AS alive_count FROM " + childTable + " WHERE " + foreignKeyColumn
                + " IN (").bindAll(parentIds).sql(") AND " + child.deletedAtColumn() + " IS NULL").build();
    }

    /**
     * Erases the soft-deleted rows of a table that reference any of the given parents; alive rows stay (and then
     * stop the parents' erase through their foreign key).
     */
    public SqlStatement eraseDeletedChildren(String childTable, String foreignKeyColumn, SoftDeleteTable child, List<?> parentIds) {
        return SqlStatement.builder("DELETE FROM " + childTable + " WHERE " + foreignKeyColumn + " IN (")
                .bindAll(parentIds).sql(") AND " + child.deletedAtColumn() + " IS NOT NULL").build();
    }

    /** Lets rows stop pointing at parents about to be erased. */
    public SqlStatement detachWhereIn(String childTable, String foreignKeyColumn, List<?> parentIds) {
        return SqlStatement.builder("UPDATE " + childTable + " SET " + foreignKeyColumn + " = NULL WHERE "
                + foreignKeyColumn + " IN (").bindAll(parentIds).sql(")").build();
    }

    /**
     * Erases rows for good where {@code column} is one of the given values: rows of an erased group by id,
     * or the join-table and element-collection rows of erased owners by owner id.
     */
    public SqlStatement eraseWhereIn(String table, String column, List<?> values) {
        return SqlStatement.builder("DELETE FROM " + table + " WHERE " + column + " IN (").bindAll(values).sql(")")
                .build();
    }

    /** The label of rows by id, alive or deleted. Binds: ids. Columns: id_text, label. */
    public String labels(TrashSource source, int idCount) {
        SoftDeleteTable t = source.table();
        return "SELECT " + dialect.castToText(t.idColumn()) + " AS id_text, " + label(source) + " AS label FROM "
                + t.table() + " WHERE " + t.idColumn() + " IN (" + SoftDeleteDialect.placeholders(idCount) + ")";
    }

    private String columns(TrashSource source) {
        SoftDeleteTable t = source.table();
        return literal(source.entityName()) + " AS entity_type, " + dialect.castToText(t.idColumn()) + " AS id_text, "
                + (source.numericId() ? dialect.castToInteger(t.idColumn()) : dialect.castToInteger("NULL")) + " AS id_num, "
                + t.deletedAtColumn() + " AS deleted_at, " + t.deletedByColumn() + " AS deleted_by, "
                + t.deletionIdColumn() + " AS deletion_id, " + label(source) + " AS label, "
                + dialect.castToText(t.reasonColumn().orElse("NULL")) + " AS reason";
    }

    private String label(TrashSource source) {
        return dialect.castToText(source.labelColumn() == null ? "NULL" : source.labelColumn());
    }

    private void filters(TrashQuery q, TrashSource source, SqlStatement.Builder sql) {
        SoftDeleteTable t = source.table();
        if (q.from() != null) {
            sql.sql(" AND " + t.deletedAtColumn() + " >= ").bind(q.from());
        }
        if (q.to() != null) {
            sql.sql(" AND " + t.deletedAtColumn() + " < ").bind(q.to());
        }
        if (q.deletedBy() != null) {
            sql.sql(" AND " + t.deletedByColumn() + " = ").bind(q.deletedBy());
        }
        if (q.deletionId() != null) {
            sql.sql(" AND " + t.deletionIdColumn() + " = ").bind(q.deletionId());
        }
        if (q.text() != null) {
            sql.sql(" AND (" + dialect.castToText(t.idColumn()) + " = ").bind(q.text().trim());
            if (source.searchColumn() != null) {
                sql.sql(" OR LOWER(" + source.searchColumn() + ") LIKE ")
                        .bind("%" + escapeLike(q.text().trim().toLowerCase(Locale.ROOT)) + "%").sql(" ESCAPE '!'");
            }
            sql.sql(")");
        }
        if (q.reason() != null) {
            if (t.reasonColumn().isEmpty()) {
                // no reason column: no row of this table was deleted with a reason
                sql.sql(" AND 1 = 0");
            } else {
                sql.sql(" AND LOWER(" + t.reasonColumn().get() + ") LIKE ")
                        .bind("%" + escapeLike(q.reason().trim().toLowerCase(Locale.ROOT)) + "%").sql(" ESCAPE '!'");
            }
        }
    }

    /**
     * Rows strictly after the cursor in the listing's order (deleted_at, entity name, id). The predicate
     * always starts with a plain range on {@code deleted_at}, so the index scan starts at the cursor instead of
     * filtering its way there: a deep page costs what the first one costs.
     */
    private void keyset(TrashQuery q, TrashSource source, SqlStatement.Builder sql) {
        TrashCursor c = q.after();
        if (c == null) {
            return;
        }
        SoftDeleteTable t = source.table();
        boolean newest = q.order() == TrashOrder.NEWEST;
        String beyond = newest ? "<" : ">";
        int typeOrder = source.entityName().compareTo(c.entityName());
        if (typeOrder < 0) {
            // an earlier type: its rows at the cursor's time were already listed
            sql.sql(" AND " + t.deletedAtColumn() + " " + beyond + " ").bind(c.deletedAt());
        } else if (typeOrder > 0) {
            // a later type: its rows at the cursor's time come after the cursor
            sql.sql(" AND " + t.deletedAtColumn() + " " + beyond + "= ").bind(c.deletedAt());
        } else {
            sql.sql(" AND " + t.deletedAtColumn() + " " + beyond + "= ").bind(c.deletedAt())
                    .sql(" AND (" + t.deletedAtColumn() + " " + beyond + " ").bind(c.deletedAt())
                    .sql(" OR " + t.idColumn() + " " + beyond + " ").bind(c.id()).sql(")");
        }
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Entity names are checked identifiers (see {@link TrashSource}); quotes are doubled all the same. */
    static String literal(String entityName) {
        return "'" + entityName.replace("'", "''") + "'";
    }
}

package dev.reprieve.core.sql;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.trash.TrashCursor;
import dev.reprieve.core.trash.TrashOrder;
import dev.reprieve.core.trash.TrashQuery;
import dev.reprieve.core.trash.TrashSource;
import java.util.ArrayList;
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
 * <p>Columns of {@link #page}: {@code entity_type, id_text, id_num, deleted_at, deleted_by, deletion_id, label}.
 */
public final class TrashSql {

    private final SoftDeleteDialect dialect;

    public TrashSql(SoftDeleteDialect dialect) {
        this.dialect = dialect;
    }

    /** One page; asks for {@code limit + 1} rows so the caller can tell whether a next page exists. */
    public BoundSql page(TrashQuery q) {
        if (q.sources().isEmpty()) {
            throw new IllegalArgumentException("a trash query needs at least one table");
        }
        String dir = q.order() == TrashOrder.NEWEST ? "DESC" : "ASC";
        int branchLimit = q.offset() + q.limit() + 1;
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT entity_type, id_text, id_num, deleted_at, deleted_by, deletion_id, label FROM (");
        int n = 0;
        for (TrashSource source : q.sources()) {
            SoftDeleteTable t = source.table();
            if (n > 0) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT * FROM (SELECT ").append(columns(source)).append(" FROM ").append(t.table())
                    .append(" WHERE ").append(t.deletedAtColumn()).append(" IS NOT NULL");
            filters(q, source, sql, params);
            keyset(q, source, sql, params);
            sql.append(" ORDER BY ").append(t.deletedAtColumn()).append(' ').append(dir).append(", ")
                    .append(t.idColumn()).append(' ').append(dir).append(" LIMIT ").append(branchLimit)
                    .append(") b").append(n++);
        }
        sql.append(") trash ORDER BY deleted_at ").append(dir).append(", entity_type, id_num ").append(dir)
                .append(", id_text ").append(dir).append(" LIMIT ").append(q.limit() + 1);
        if (q.offset() > 0) {
            sql.append(" OFFSET ").append(q.offset());
        }
        return new BoundSql(sql.toString(), params);
    }

    /** One row, deleted or alive, with the columns of {@link #page} ({@code deleted_at} is NULL when alive). Binds: id. */
    public String one(TrashSource source) {
        return "SELECT " + columns(source) + " FROM " + source.table().table() + " WHERE " + source.table().idColumn() + " = ?";
    }

    /**
     * Rows matching the filters, per type (cursor and paging ignored), counting no further than {@code atMost}
     * rows of each type: each branch reads at most that many matching rows ({@code LIMIT} in a derived
     * table) before counting them, so the count costs the same in a trash of 100,000 rows as in one of
     * {@code atMost}. A type whose {@code row_count} equals {@code atMost} may have more rows; ask for one
     * more than you will show to tell "exactly N" from "more than N". Columns: entity_type, row_count.
     */
    public BoundSql count(TrashQuery q, long atMost) {
        if (atMost < 1) {
            throw new IllegalArgumentException("a count must read at least one row, got " + atMost);
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        int n = 0;
        for (TrashSource source : q.sources()) {
            SoftDeleteTable t = source.table();
            if (n > 0) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT ").append(literal(source.entityName())).append(" AS entity_type, COUNT(*) AS row_count FROM (SELECT 1 AS hit FROM ")
                    .append(t.table()).append(" WHERE ").append(t.deletedAtColumn()).append(" IS NOT NULL");
            filters(q, source, sql, params);
            sql.append(" LIMIT ").append(atMost).append(") c").append(n++);
        }
        return new BoundSql(sql.toString(), params);
    }

    /**
     * How many rows each of these delete operations marked, per type: what went with each row.
     * Columns: entity_type, deletion_id, row_count.
     */
    public BoundSql groupSizes(Collection<SoftDeleteTable> tables, Collection<String> deletionIds) {
        if (tables.isEmpty() || deletionIds.isEmpty()) {
            throw new IllegalArgumentException("group sizes need tables and deletion ids");
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (SoftDeleteTable t : tables) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT ").append(literal(t.entityName())).append(" AS entity_type, ").append(t.deletionIdColumn())
                    .append(" AS deletion_id, COUNT(*) AS row_count FROM ").append(t.table()).append(" WHERE ")
                    .append(t.deletionIdColumn()).append(" IN (").append(SoftDeleteDialect.placeholders(deletionIds.size()))
                    .append(") AND ").append(t.deletedAtColumn()).append(" IS NOT NULL GROUP BY ").append(t.deletionIdColumn());
            params.addAll(deletionIds);
        }
        return new BoundSql(sql.toString(), params);
    }

    /**
     * The rows of a table whose foreign key points at any of the given parent ids, alive or deleted: what
     * erasing the parents would take along, or leave dangling. Binds: the parent ids.
     * Columns: child_id, and child_deleted_at (always NULL when the child is not soft-deletable).
     */
    public String children(String childTable, String childIdColumn, String foreignKeyColumn, SoftDeleteTable child,
            int parentCount) {
        return "SELECT " + childIdColumn + " AS child_id, " + (child == null ? "NULL" : child.deletedAtColumn())
                + " AS child_deleted_at FROM " + childTable
                + " WHERE " + foreignKeyColumn + " IN (" + SoftDeleteDialect.placeholders(parentCount) + ")";
    }

    /**
     * How many rows of a table reference any of the given parents: all of them, and the alive ones (none when the
     * child is not soft-deletable). Binds: the parent ids. Columns: row_count, alive_count.
     */
    public BoundSql countChildren(String childTable, String foreignKeyColumn, SoftDeleteTable child, List<?> parentIds) {
        return new BoundSql("SELECT COUNT(*) AS row_count, " + (child == null ? "0" : "COALESCE(SUM(CASE WHEN "
                + child.deletedAtColumn() + " IS NULL THEN 1 ELSE 0 END), 0)") + " AS alive_count FROM " + childTable
                + " WHERE " + foreignKeyColumn + " IN (" + SoftDeleteDialect.placeholders(parentIds.size()) + ")",
                new ArrayList<>(parentIds));
    }

    /**
     * How many alive rows of a soft-deletable table reference any of the given parents; answered from the alive
     * index on the foreign key, without touching the deleted rows. Binds: the parent ids. Columns: alive_count.
     */
    public BoundSql countAliveChildren(String childTable, String foreignKeyColumn, SoftDeleteTable child, List<?> parentIds) {
        return new BoundSql("SELECT COUNT(*) AS alive_count FROM " + childTable + " WHERE " + foreignKeyColumn + " IN ("
                + SoftDeleteDialect.placeholders(parentIds.size()) + ") AND " + child.deletedAtColumn() + " IS NULL",
                new ArrayList<>(parentIds));
    }

    /**
     * Erases the soft-deleted rows of a table that reference any of the given parents; alive rows stay (and then
     * stop the parents' erase through their foreign key). Binds: the parent ids.
     */
    public BoundSql eraseDeletedChildren(String childTable, String foreignKeyColumn, SoftDeleteTable child, List<?> parentIds) {
        return new BoundSql("DELETE FROM " + childTable + " WHERE " + foreignKeyColumn + " IN ("
                + SoftDeleteDialect.placeholders(parentIds.size()) + ") AND " + child.deletedAtColumn() + " IS NOT NULL",
                new ArrayList<>(parentIds));
    }

    /** Lets rows stop pointing at parents about to be erased. Binds: the parent ids. */
    public BoundSql detachWhereIn(String childTable, String foreignKeyColumn, List<?> parentIds) {
        return new BoundSql("UPDATE " + childTable + " SET " + foreignKeyColumn + " = NULL WHERE " + foreignKeyColumn
                + " IN (" + SoftDeleteDialect.placeholders(parentIds.size()) + ")", new ArrayList<>(parentIds));
    }

    /**
     * Erases rows for good where {@code column} is one of the given values: rows of an erased group by id,
     * or the join-table and element-collection rows of erased owners by owner id. Binds: the values.
     */
    public BoundSql eraseWhereIn(String table, String column, List<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an erase needs at least one value");
        }
        return new BoundSql("DELETE FROM " + table + " WHERE " + column + " IN ("
                + SoftDeleteDialect.placeholders(values.size()) + ")", new ArrayList<>(values));
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
                + t.deletionIdColumn() + " AS deletion_id, " + label(source) + " AS label";
    }

    private String label(TrashSource source) {
        return dialect.castToText(source.labelColumn() == null ? "NULL" : source.labelColumn());
    }

    private void filters(TrashQuery q, TrashSource source, StringBuilder sql, List<Object> params) {
        SoftDeleteTable t = source.table();
        if (q.from() != null) {
            sql.append(" AND ").append(t.deletedAtColumn()).append(" >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND ").append(t.deletedAtColumn()).append(" < ?");
            params.add(q.to());
        }
        if (q.deletedBy() != null) {
            sql.append(" AND ").append(t.deletedByColumn()).append(" = ?");
            params.add(q.deletedBy());
        }
        if (q.deletionId() != null) {
            sql.append(" AND ").append(t.deletionIdColumn()).append(" = ?");
            params.add(q.deletionId());
        }
        if (q.text() != null) {
            sql.append(" AND (").append(dialect.castToText(t.idColumn())).append(" = ?");
            params.add(q.text().trim());
            if (source.searchColumn() != null) {
                sql.append(" OR LOWER(").append(source.searchColumn()).append(") LIKE ? ESCAPE '!'");
                params.add("%" + escapeLike(q.text().trim().toLowerCase(Locale.ROOT)) + "%");
            }
            sql.append(')');
        }
    }

    /**
     * Rows strictly after the cursor in the listing's order (deleted_at, entity name, id). The predicate
     * always starts with a plain range on {@code deleted_at}, so the index scan starts at the cursor instead of
     * filtering its way there: a deep page costs what the first one costs.
     */
    private void keyset(TrashQuery q, TrashSource source, StringBuilder sql, List<Object> params) {
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
            sql.append(" AND ").append(t.deletedAtColumn()).append(' ').append(beyond).append(" ?");
            params.add(c.deletedAt());
        } else if (typeOrder > 0) {
            // a later type: its rows at the cursor's time come after the cursor
            sql.append(" AND ").append(t.deletedAtColumn()).append(' ').append(beyond).append("= ?");
            params.add(c.deletedAt());
        } else {
            sql.append(" AND ").append(t.deletedAtColumn()).append(' ').append(beyond).append("= ? AND (")
                    .append(t.deletedAtColumn()).append(' ').append(beyond).append(" ? OR ").append(t.idColumn()).append(' ')
                    .append(beyond).append(" ?)");
            params.add(c.deletedAt());
            params.add(c.deletedAt());
            params.add(c.id());
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

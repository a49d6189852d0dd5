package dev.reprieve.core.spi.sql;

import dev.reprieve.core.spi.audit.AuditQuery;
import java.time.Instant;
import java.util.List;

/**
 * The SQL of the deletion-history table the admin keeps: who deleted, restored, erased or purged what, when
 * and why, one entry per operation. Column types per database come from the {@link SoftDeleteDialect}.
 *
 * <p>Columns: {@code id, happened_at, actor, action, entity_type, row_id, deletion_id, label, detail, reason}.
 */
public final class AuditSql {

    private final SoftDeleteDialect dialect;
    private final String table;

    /** @param table the history table's name, a plain SQL identifier */
    public AuditSql(SoftDeleteDialect dialect, String table) {
        if (table == null || !table.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("the audit table name must be a plain SQL identifier, got '" + table + "'");
        }
        this.dialect = dialect;
        this.table = table;
    }

    /** The most characters of a reason the history keeps (longer ones are cut, marked with an ellipsis). */
    public static final int REASON_LENGTH = 1000;

    public String table() {
        return table;
    }

    /** Creates the table and its index when missing; safe to run at every startup. */
    public List<String> createTable() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + table + " (id VARCHAR(36) NOT NULL PRIMARY KEY, happened_at "
                        + dialect.timestampType() + " NOT NULL, actor VARCHAR(255), action VARCHAR(16) NOT NULL,"
                        + " entity_type VARCHAR(255) NOT NULL, row_id VARCHAR(255), deletion_id VARCHAR(36),"
                        + " label VARCHAR(255), detail VARCHAR(1000), reason VARCHAR(" + REASON_LENGTH + "))",
                // tables created before reasons were kept gain the column
                "ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS reason VARCHAR(" + REASON_LENGTH + ")",
                dialect.createIndexIfMissing(table + "_at_idx", table, "happened_at"));
    }

    /** Inserts one event; its time is bound as {@link SoftDeleteDialect#timestampValue}. */
    public SqlStatement insert(String id, Instant at, String actor, String action, String entityType, String rowId,
            String deletionId, String label, String detail) {
        return insert(id, at, actor, action, entityType, rowId, deletionId, label, detail, null);
    }

    /** Inserts one event with its reason. */
    public SqlStatement insert(String id, Instant at, String actor, String action, String entityType, String rowId,
            String deletionId, String label, String detail, String reason) {
        return SqlStatement.builder("INSERT INTO " + table
                        + " (id, happened_at, actor, action, entity_type, row_id, deletion_id, label, detail, reason)"
                        + " VALUES (")
                .bind(id).sql(", ").bind(dialect.timestampValue(at)).sql(", ").bind(actor).sql(", ").bind(action)
                .sql(", ").bind(entityType).sql(", ").bind(rowId).sql(", ").bind(deletionId).sql(", ").bind(label)
                .sql(", ").bind(detail).sql(", ").bind(reason).sql(")").build();
    }

    /** Counts the DELETED entries of one delete operation (0 or 1). */
    public SqlStatement countDeletions(String deletionId) {
        return SqlStatement.builder("SELECT COUNT(*) FROM " + table + " WHERE action = 'DELETED' AND deletion_id = ")
                .bind(deletionId).build();
    }

    /** A LIKE pattern's literal text: {@code !} escapes the wildcards and itself. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Newest first, with the query's filters. Timestamps are bound as {@link SoftDeleteDialect#timestampValue}. */
    public SqlStatement select(AuditQuery q) {
        SqlStatement.Builder sql = SqlStatement.builder("SELECT id, happened_at, actor, action, entity_type, row_id,"
                + " deletion_id, label, detail, reason FROM " + table + " WHERE 1 = 1");
        if (q.action() != null) {
            sql.sql(" AND action = ").bind(q.action().name());
        }
        if (q.entityName() != null) {
            sql.sql(" AND entity_type = ").bind(q.entityName());
        }
        if (q.actor() != null) {
            sql.sql(" AND actor = ").bind(q.actor());
        }
        if (q.reason() != null) {
            sql.sql(" AND reason LIKE ").bind("%" + escapeLike(q.reason()) + "%").sql(" ESCAPE '!'");
        }
        if (q.from() != null) {
            sql.sql(" AND happened_at >= ").bind(dialect.timestampValue(q.from()));
        }
        if (q.to() != null) {
            sql.sql(" AND happened_at < ").bind(dialect.timestampValue(q.to()));
        }
        if (q.afterAt() != null) {
            Object at = dialect.timestampValue(q.afterAt());
            sql.sql(" AND (happened_at < ").bind(at).sql(" OR (happened_at = ").bind(at).sql(" AND id < ")
                    .bind(q.afterId()).sql("))");
        }
        return sql.sql(" ORDER BY happened_at DESC, id DESC LIMIT " + q.limit()).build();
    }
}

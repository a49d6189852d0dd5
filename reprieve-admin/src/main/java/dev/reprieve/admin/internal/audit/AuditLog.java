package dev.reprieve.admin.internal.audit;

import dev.reprieve.core.spi.audit.AuditAction;
import dev.reprieve.core.spi.audit.AuditEvent;
import dev.reprieve.core.spi.audit.AuditQuery;
import dev.reprieve.core.spi.sql.AuditSql;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SqlExecutor;
import dev.reprieve.core.spi.sql.SqlStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin's own history table: one row per delete, restore, erase or purge operation, written by
 * {@link dev.reprieve.admin.internal.trash.HistoryWriter} from Reprieve's events. Run by Reprieve's {@link SqlExecutor} on the connection {@link JdbcTemplate}
 * hands out, which joins the JPA transaction of the action, so an action and its history entry commit or roll
 * back together.
 */
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final SoftDeleteDialect dialect;
    private final AuditSql sql;
    private final SqlExecutor executor;
    private final Clock clock;

    public AuditLog(JdbcTemplate jdbc, SoftDeleteDialect dialect, String table, Clock clock) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.sql = new AuditSql(dialect, table);
        this.executor = SqlExecutor.forDialect(dialect);
        this.clock = clock;
    }

    /** Creates the table when missing (see {@code reprieve.admin.create-audit-table}). */
    public void createTable() {
        sql.createTable().forEach(jdbc::execute);
    }

    /** The DDL, for users who manage their schema with Flyway or Liquibase. */
    public List<String> ddl() {
        return sql.createTable();
    }

    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** Records one event happening now. */
    public void record(String actor, AuditAction action, String entityName, String rowId, String deletionId,
            String label, String detail) {
        record(new AuditEvent(UUID.randomUUID().toString(), now(), actor, action, entityName, rowId, deletionId, label, detail));
    }

    public void record(AuditEvent e) {
        SqlStatement insert = sql.insert(e.id() == null ? UUID.randomUUID().toString() : e.id(), e.at(),
                cut(e.actor(), 255), e.action().name(), e.entityName(), cut(e.rowId(), 255), e.deletionId(),
                cut(e.label(), 255), cut(e.detail(), 1000), cut(e.reason(), AuditSql.REASON_LENGTH));
        jdbc.execute((ConnectionCallback<Integer>) c -> executor.update(c, insert));
    }

    /** Newest first. */
    public List<AuditEvent> find(AuditQuery query) {
        SqlStatement select = sql.select(query);
        return jdbc.execute((ConnectionCallback<List<AuditEvent>>) c -> executor.query(c, select,
                rs -> new AuditEvent(rs.getString(1), dialect.readTimestamp(rs.getObject(2, dialect.timestampClass())),
                        rs.getString(3), AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10))));
    }

    /** @return whether the history has the entry of this delete operation */
    public boolean hasDeletion(String deletionId) {
        SqlStatement count = sql.countDeletions(deletionId);
        return jdbc.execute((ConnectionCallback<Long>) c -> executor.query(c, count, rs -> rs.getLong(1)).get(0)) > 0;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

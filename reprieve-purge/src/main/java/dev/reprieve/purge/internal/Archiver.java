package dev.reprieve.purge.internal;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SqlExecutor;
import dev.reprieve.core.spi.sql.SqlStatement;
import dev.reprieve.core.spi.sql.TableColumn;
import dev.reprieve.purge.ArchiveSink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Archives a locked batch before it is deleted, inside the batch's transaction: into the archive table by one
 * {@code INSERT ... SELECT}, or read out and handed to the file sink. Archiving fewer rows than the batch holds
 * fails the batch, so nothing is deleted unarchived.
 */
final class Archiver {

    private final SoftDeleteDialect dialect;
    private final SqlExecutor sql;
    private final ArchiveSink files;
    private final Map<String, List<TableColumn>> columns = new ConcurrentHashMap<>();

    Archiver(SoftDeleteDialect dialect, SqlExecutor sql, ArchiveSink files) {
        this.dialect = dialect;
        this.sql = sql;
        this.files = files;
    }

    /** Creates the archive table when it is missing. */
    void createTable(Connection c) throws SQLException {
        sql.execute(c, dialect.createArchiveTable());
    }

    /** Archives the given rows of a step's type as its policy says; does nothing for types that do not archive. */
    void archive(Connection c, PurgeStep step, List<Object> ids, Instant now) throws SQLException {
        SoftDeleteTable t = step.policy().table();
        switch (step.policy().archive()) {
            case NONE -> {
            }
            case TABLE -> {
                SqlStatement insert = dialect.archiveRows(t, columns(c, t), step.entityName(), now, ids);
                int archived = sql.update(c, insert);
                if (archived != ids.size()) {
                    throw new ReprieveException("Archived " + archived + " of " + ids.size() + " " + step.entityName()
                            + " rows; nothing deleted");
                }
            }
            case FILES -> {
                List<Map<String, Object>> rows = sql.query(c, dialect.selectRowsByIds(t, ids),
                        rs -> ArchivedRow.read(rs, t, dialect));
                if (rows.size() != ids.size()) {
                    throw new ReprieveException("Read " + rows.size() + " of " + ids.size() + " " + step.entityName()
                            + " rows to archive; nothing deleted");
                }
                files.write(step.entityName(), now, rows);
            }
        }
    }

    /** The table's columns, read once from the metadata of an empty result. */
    private List<TableColumn> columns(Connection c, SoftDeleteTable t) throws SQLException {
        List<TableColumn> known = columns.get(t.entityName());
        if (known != null) {
            return known;
        }
        List<TableColumn> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(dialect.selectNoRows(t)); ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(new TableColumn(meta.getColumnName(i), meta.getColumnType(i)));
            }
        }
        columns.put(t.entityName(), names);
        return names;
    }
}

package dev.reprieve.core.purge;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.sql.SoftDeleteDialect;
import dev.reprieve.core.sql.SqlStatement;
import dev.reprieve.core.sql.TableColumn;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Erases expired soft-deleted rows for good, with plain JDBC: per type, children first, in batches that
 * each lock, archive and delete up to {@code batchSize} rows and their plain dependents in one short
 * transaction. A crash loses at most the open batch, which rolls back whole; the next run finishes the work.
 */
public final class Purger {

    private static final System.Logger LOG = System.getLogger(Purger.class.getName());
    private static final int MAX_IDS_PER_STATEMENT = 1000;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final SoftDeleteDialect dialect;
    private final PurgePlan plan;
    private final Clock clock;
    private final int batchSize;
    private final ArchiveSink files;
    private final PurgeListener listener;
    private final Map<String, List<TableColumn>> columns = new ConcurrentHashMap<>();

    /**
     * @param files    where {@link ArchiveMode#FILES} rows go; may be {@code null} when no type uses it
     * @throws IllegalArgumentException when the batch size is below 1 or a type archives to files without a sink
     */
    public Purger(DataSource dataSource, SoftDeleteDialect dialect, PurgePlan plan, Clock clock, int batchSize,
            ArchiveSink files, PurgeListener listener) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        for (PurgeStep step : plan.steps()) {
            if (step.policy().archive() == ArchiveMode.FILES && files == null) {
                throw new IllegalArgumentException(step.entityName() + " archives to files but no file archive is set");
            }
        }
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.plan = plan;
        this.clock = clock;
        this.batchSize = batchSize;
        this.files = files;
        this.listener = listener == null ? PurgeListener.NONE : listener;
    }

    public PurgePlan plan() {
        return plan;
    }

    /** Creates the archive table when a type archives to the database and the table is missing. */
    public void prepare() {
        if (plan.steps().stream().noneMatch(s -> s.policy().archive() == ArchiveMode.TABLE)) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String ddl : dialect.createArchiveTable()) {
                s.execute(ddl);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new ReprieveException("Cannot create the purge archive table " + SoftDeleteDialect.ARCHIVE_TABLE, e);
        }
    }

    /** Runs a purge now, on this thread: every type with a retention, children before parents. */
    public PurgeReport purge() {
        Instant now = now();
        Map<String, Instant> cutoffs = cutoffs(now);
        List<PurgeReport.EntityPurge> results = new ArrayList<>();
        HardDeletes.run(() -> {
            for (PurgeStep step : plan.steps()) {
                results.add(purge(step, cutoffs, now));
            }
        });
        return new PurgeReport(now, results, null);
    }

    /** Reports, per type with a retention, what a purge would erase now; changes nothing. */
    public List<PurgeForecast> dryRun() {
        Instant now = now();
        Map<String, Instant> cutoffs = cutoffs(now);
        List<PurgeForecast> forecasts = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (PurgeStep step : plan.steps()) {
                SqlStatement count = dialect.countPurgeable(step, cutoffs);
                forecasts.add(query(c, count, rs -> new PurgeForecast(step.entityName(), step.policy().retention(),
                        cutoffs.get(step.entityName()), rs.getLong(1), dialect.readInstant(rs, 2))).get(0));
            }
        } catch (SQLException e) {
            throw new ReprieveException("Purge dry run failed: " + e.getMessage(), e);
        }
        return forecasts;
    }

    /** Counts alive, deleted and expired rows of every soft-deletable type. */
    public List<RetentionStatus> status() {
        Instant now = now();
        List<RetentionStatus> statuses = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (PurgePolicy policy : plan.policies()) {
                Instant cutoff = policy.purged() ? now.minus(policy.retention()) : null;
                statuses.add(query(c, dialect.countByState(policy.table(), cutoff), rs -> new RetentionStatus(
                        policy.entityName(), policy.retention(), rs.getLong(1), rs.getLong(2), rs.getLong(3))).get(0));
            }
        } catch (SQLException e) {
            throw new ReprieveException("Cannot count rows for the retention status: " + e.getMessage(), e);
        }
        return statuses;
    }

    private PurgeReport.EntityPurge purge(PurgeStep step, Map<String, Instant> cutoffs, Instant now) {
        String entity = step.entityName();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            // no gap locks on MariaDB, and a restore committed meanwhile is seen by the locking select
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                execute(c, dialect.beginPurgeSession());
                long expired = query(c, new SqlStatement(dialect.countExpired(step.policy().table()),
                        List.of(cutoffs.get(entity))), rs -> rs.getLong(1)).get(0);
                c.commit();
                long purged = 0;
                int batches = 0;
                Duration longest = Duration.ZERO;
                long lastLog = System.nanoTime();
                long passPurged;
                do {
                    passPurged = 0;
                    Object[] cursor = null;
                    while (true) {
                        long start = System.nanoTime();
                        List<Object[]> rows = query(c, dialect.selectPurgeBatch(step, cutoffs, cursor, batchSize),
                                rs -> new Object[] {rs.getObject(1), dialect.readInstant(rs, 2)});
                        if (rows.isEmpty()) {
                            c.commit();
                            break;
                        }
                        List<Object> ids = rows.stream().map(r -> r[0]).toList();
                        int deleted = deleteBatch(c, step, ids, now);
                        listener.beforeCommit(entity, ids);
                        c.commit();
                        Duration took = Duration.ofNanos(System.nanoTime() - start);
                        listener.batchCommitted(entity, deleted, took);
                        longest = took.compareTo(longest) > 0 ? took : longest;
                        batches++;
                        purged += deleted;
                        passPurged += deleted;
                        Object[] last = rows.get(rows.size() - 1);
                        cursor = new Object[] {last[1], last[0]};
                        if (System.nanoTime() - lastLog > PROGRESS_EVERY.toNanos()) {
                            LOG.log(System.Logger.Level.INFO, "Purge {0}: {1} of {2} expired rows done",
                                    entity, purged, expired);
                            lastLog = System.nanoTime();
                        }
                        if (rows.size() < batchSize) {
                            break;
                        }
                    }
                } while (step.repeat() && passPurged > 0);
                LOG.log(System.Logger.Level.INFO, "Purge {0}: {1} of {2} expired rows done in {3} batches"
                        + " (longest {4} ms)", entity, purged, expired, batches, longest.toMillis());
                return new PurgeReport.EntityPurge(entity, expired, purged, batches, longest);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                execute(c, dialect.endPurgeSession());
                c.commit();
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ReprieveException("Purge of " + entity + " failed; committed batches stay purged and the"
                    + " next run finishes the work: " + e.getMessage(), e);
        }
    }

    /** Archives, deletes dependents, then deletes the locked rows; all inside the open transaction. */
    private int deleteBatch(Connection c, PurgeStep step, List<Object> ids, Instant now) throws SQLException {
        SoftDeleteTable t = step.policy().table();
        int deleted = 0;
        for (List<Object> chunk : chunks(ids)) {
            archive(c, step, chunk, now);
            for (List<ForeignKeyReference> dependent : step.dependents()) {
                update(c, new SqlStatement(dialect.deleteDependents(dependent, chunk.size()), chunk));
            }
            deleted += update(c, new SqlStatement(dialect.hardDeleteByIds(t, chunk.size()), chunk));
        }
        if (deleted != ids.size()) {
            throw new ReprieveException("Purge of " + step.entityName() + " deleted " + deleted + " rows of a batch"
                    + " of " + ids.size() + " locked rows; rolled back");
        }
        return deleted;
    }

    private void archive(Connection c, PurgeStep step, List<Object> ids, Instant now) throws SQLException {
        SoftDeleteTable t = step.policy().table();
        switch (step.policy().archive()) {
            case NONE -> {
            }
            case TABLE -> {
                List<Object> binds = new ArrayList<>();
                binds.add(step.entityName());
                binds.add(now);
                binds.addAll(ids);
                int archived = update(c, new SqlStatement(dialect.archiveRows(t, columns(c, t), ids.size()), binds));
                if (archived != ids.size()) {
                    throw new ReprieveException("Archived " + archived + " of " + ids.size() + " " + step.entityName()
                            + " rows; nothing deleted");
                }
            }
            case FILES -> {
                List<Map<String, Object>> rows = query(c, new SqlStatement(dialect.selectRowsByIds(t, ids.size()), ids),
                        Purger::rowAsMap);
                if (rows.size() != ids.size()) {
                    throw new ReprieveException("Read " + rows.size() + " of " + ids.size() + " " + step.entityName()
                            + " rows to archive; nothing deleted");
                }
                files.write(step.entityName(), now, rows);
            }
        }
    }

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

    private Map<String, Instant> cutoffs(Instant now) {
        Map<String, Instant> cutoffs = new LinkedHashMap<>();
        for (PurgePolicy policy : plan.policies()) {
            if (policy.purged()) {
                cutoffs.put(policy.entityName(), now.minus(policy.retention()));
            }
        }
        return cutoffs;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Reads one result row. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(Connection c, SqlStatement statement, RowReader<T> reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
            bind(ps, statement.binds());
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
                return rows;
            }
        }
    }

    private static void execute(Connection c, List<String> statements) throws SQLException {
        for (String sql : statements) {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    private int update(Connection c, SqlStatement statement) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
            bind(ps, statement.binds());
            return ps.executeUpdate();
        }
    }

    private void bind(PreparedStatement ps, List<Object> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            Object value = binds.get(i);
            if (value instanceof Instant instant) {
                dialect.bindInstant(ps, i + 1, instant);
            } else {
                ps.setObject(i + 1, value);
            }
        }
    }

    private static List<List<Object>> chunks(List<Object> ids) {
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_STATEMENT) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_STATEMENT)));
        }
        return chunks;
    }

    private static Map<String, Object> rowAsMap(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), plain(rs.getObject(i)));
        }
        return row;
    }

    /** JDBC values as JSON-friendly Java values: times as ISO-8601 text, large objects read out. */
    private static Object plain(Object value) throws SQLException {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant().toString();
        }
        if (value instanceof java.util.Date || value instanceof java.time.temporal.TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof java.util.UUID uuid) {
            return uuid.toString();
        }
        return value;
    }
}

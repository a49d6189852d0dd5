package dev.reprieve.core.purge;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.ReprieveLog;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.sql.InLists;
import dev.reprieve.core.sql.SoftDeleteDialect;
import dev.reprieve.core.sql.SqlExecutor;
import dev.reprieve.core.sql.SqlStatement;
import dev.reprieve.core.sql.TableColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Erases expired soft-deleted rows for good, with plain JDBC: per type, children first, in batches of one
 * short transaction each. A type without archive and without plain dependents goes in primary-key range
 * batches (one guarded {@code DELETE} over a range that a lock-free select chose, or over the next ids where
 * expired rows are dense), or, where its expired rows are scattered, in batches found through the
 * {@code deleted_at} index; any other type in locked batches that lock, archive and delete up to
 * {@code lockedBatchSize} rows and their plain dependents. Batches slower than the batch time make the next
 * ones smaller ({@link BatchSizer}). A crash loses at most the open batch, which rolls back whole; the next
 * run finishes the work.
 */
public final class Purger {

    /**
     * Rows per range batch (a type without archive and without plain dependents) unless configured otherwise:
     * about 10-20 ms of locks per batch on PostgreSQL (docs/benchmarks.md), and few enough statements that
     * their fixed cost stays small next to the rows' own.
     */
    public static final int DEFAULT_BATCH_SIZE = 10_000;

    /**
     * Rows per locked batch (a type that archives or has plain dependents) unless configured otherwise: such
     * a batch reads, archives and deletes row by row, about 10x the time per row of a range batch, so it
     * stays at 1,000 rows to keep its locks well under 100 ms.
     */
    public static final int DEFAULT_LOCKED_BATCH_SIZE = 1000;

    /**
     * How long a batch should take, first statement to commit, unless configured otherwise: half the 100 ms
     * that a batch may hold its row locks. Slower batches shrink the next (see {@link BatchSizer}).
     */
    public static final Duration DEFAULT_BATCH_TIME = Duration.ofMillis(50);

    private static final ReprieveLog LOG = ReprieveLog.of(Purger.class.getName());
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final SoftDeleteDialect dialect;
    private final PurgeStatements statements;
    private final SqlExecutor sql;
    private final PurgePlan plan;
    private final Clock clock;
    private final int batchSize;
    private final int lockedBatchSize;
    private final Duration batchTime;
    private final ArchiveSink files;
    private final PurgeListener listener;
    private final Map<String, List<TableColumn>> columns = new ConcurrentHashMap<>();

    /**
     * @param files    where {@link ArchiveMode#FILES} rows go; may be {@code null} when no type uses it
     * @throws IllegalArgumentException when the batch size is below 1 or a type archives to files without a sink
     */
    public Purger(DataSource dataSource, SoftDeleteDialect dialect, PurgePlan plan, Clock clock, int batchSize,
            ArchiveSink files, PurgeListener listener) {
        this(dataSource, dialect, plan, clock, batchSize, batchSize, files, listener);
    }

    /** With the {@link #DEFAULT_BATCH_TIME}; see the full constructor. */
    public Purger(DataSource dataSource, SoftDeleteDialect dialect, PurgePlan plan, Clock clock, int batchSize,
            int lockedBatchSize, ArchiveSink files, PurgeListener listener) {
        this(dataSource, dialect, plan, clock, batchSize, lockedBatchSize, DEFAULT_BATCH_TIME, files, listener);
    }

    /**
     * @param batchSize       the most rows a range batch erases (types without archive and without dependents)
     * @param lockedBatchSize the most rows a locked batch erases (types that archive or have plain dependents)
     * @param batchTime       how long a batch should take: a slower batch makes the next one smaller
     * @param files           where {@link ArchiveMode#FILES} rows go; may be {@code null} when no type uses it
     * @throws IllegalArgumentException when a batch size is below 1, the batch time is not positive, or a type
     *                                  archives to files without a sink
     */
    public Purger(DataSource dataSource, SoftDeleteDialect dialect, PurgePlan plan, Clock clock, int batchSize,
            int lockedBatchSize, Duration batchTime, ArchiveSink files, PurgeListener listener) {
        if (batchSize < 1 || lockedBatchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got "
                    + Math.min(batchSize, lockedBatchSize));
        }
        if (batchTime == null || batchTime.isNegative() || batchTime.isZero()) {
            throw new IllegalArgumentException("batch time must be positive, got " + batchTime);
        }
        this.batchTime = batchTime;
        for (PurgeStep step : plan.steps()) {
            if (step.policy().archive() == ArchiveMode.FILES && files == null) {
                throw new IllegalArgumentException(step.entityName() + " archives to files but no file archive is set");
            }
        }
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.statements = new PurgeStatements(dialect);
        this.sql = SqlExecutor.forDialect(dialect);
        this.plan = plan;
        this.clock = clock;
        this.batchSize = batchSize;
        this.lockedBatchSize = lockedBatchSize;
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
        try (Connection c = dataSource.getConnection()) {
            sql.execute(c, dialect.createArchiveTable());
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
                SqlStatement count = statements.countPurgeable(step, cutoffs);
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
                // counted before the first batch: after it, the index still holds every purged row until vacuum,
                // and counting through those entries costs more than this index-only count over live ones
                long expired = query(c, dialect.countExpired(step.policy().table(), cutoffs.get(entity)),
                        rs -> rs.getLong(1)).get(0);
                c.commit();
                Progress progress = new Progress(entity, expired);
                boolean scattered = expired > 0 && scattered(c, step, expired);
                if (ranged(step) && !scattered) {
                    purgeByRanges(c, step, cutoffs, now, progress);
                } else {
                    purgeBySelectedRows(c, step, cutoffs, now, progress, scattered);
                }
                long purged = progress.purged;
                int batches = progress.batches;
                Duration longest = progress.longest;
                LOG.info("Purge " + entity + ": " + purged + " of " + expired + " expired rows done in " + batches
                        + " batches (longest " + longest.toMillis() + " ms)");
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

    /**
     * Whether the expired rows lie scattered over the table's ids (fewer than one id in four, or ids that are
     * not whole numbers): then batches are found through the {@code deleted_at} index, in deletion-time order,
     * because walking the primary key would visit every row of the table, twice for a range batch.
     */
    private boolean scattered(Connection c, PurgeStep step, long expired) throws SQLException {
        Object[] bounds = query(c, dialect.idBounds(step.policy().table()),
                rs -> new Object[] {rs.getObject(1), rs.getObject(2)}).get(0);
        c.commit();
        long span = span(bounds[0], bounds[1]);
        return span < 0 || !dense(expired, span);
    }

    /**
     * Whether a type's batches can be bare primary-key ranges: no row list has to leave the database when
     * nothing is archived and no plain dependent has to go first.
     */
    static boolean ranged(PurgeStep step) {
        return step.policy().archive() == ArchiveMode.NONE && step.dependents().isEmpty();
    }

    /**
     * Range batches. A batch's range is either chosen by a lock-free select (the ids of the next expired,
     * unheld rows) or, while the previous batch found expired rows dense in integer ids, simply the next ids
     * after it: a stride skips the select's second walk over the rows and can never hold more rows than it has
     * ids, so it runs as one self-committing statement. Either way one {@code DELETE} over the range repeats
     * every purge condition, so whatever changed in between (a restore, a hold, a new reference, a group
     * member) is judged by the delete itself.
     */
    private void purgeByRanges(Connection c, PurgeStep step, Map<String, Instant> cutoffs, Instant now,
            Progress progress) throws SQLException {
        long passPurged;
        do {
            RangeWalk walk = new RangeWalk(c, step, cutoffs, progress);
            while (walk.next()) {
                // each call runs one batch
            }
            passPurged = walk.purged;
            if (walk.scattered) {
                // the rest of the ids holds expired rows only here and there: find them by deletion time
                passPurged += selectedPass(c, step, cutoffs, now, progress, true);
            }
        } while (step.repeat() && passPurged > 0);
    }

    /** One pass over a type's ids in range batches, in primary-key order. */
    private final class RangeWalk {
        private final Connection c;
        private final PurgeStep step;
        private final Map<String, Instant> cutoffs;
        private final Progress progress;
        private final BatchSizer sizer = new BatchSizer(batchSize, batchTime);
        private Object cursor;
        private boolean stride;
        private boolean scattered;
        private long purged;

        RangeWalk(Connection c, PurgeStep step, Map<String, Instant> cutoffs, Progress progress) {
            this.c = c;
            this.step = step;
            this.cutoffs = cutoffs;
            this.progress = progress;
        }

        /** Runs the next batch. @return whether more batches may follow */
        boolean next() throws SQLException {
            return stride ? strideBatch() : selectedBatch();
        }

        /** The next {@code sizer.size()} ids after the cursor, in one self-committing {@code DELETE}. */
        private boolean strideBatch() throws SQLException {
            long start = System.nanoTime();
            int width = sizer.size();
            long low = ((Number) cursor).longValue() + 1;
            long high = low + width - 1;
            // the listener hears of a self-committing batch before it runs
            listener.range(step.entityName(), low, high);
            listener.beforeCommit(step.entityName(), List.of());
            int deleted;
            c.setAutoCommit(true);
            try {
                deleted = update(c, statements.deleteRange(step, cutoffs, low, high));
            } finally {
                c.setAutoCommit(false);
            }
            long took = System.nanoTime() - start;
            if (deleted > 0) {
                progress.batch(deleted, took);
                purged += deleted;
            }
            sizer.took(took);
            cursor = high;
            stride = dense(deleted, width) && high < Long.MAX_VALUE - batchSize;
            return true; // a sparse stride hands over to the select, which finds the end
        }

        /**
         * A range chosen by the select, deleted and committed. Should its delete erase more rows than the batch
         * size (rows became purgeable in between), the batch rolls back and the range is chosen again, at half
         * the size if it happens twice.
         */
        private boolean selectedBatch() throws SQLException {
            int size = sizer.size();
            for (int overshoots = 0; ; ) {
                long start = System.nanoTime();
                Object[] range = query(c, statements.selectRange(step, cutoffs, cursor, size),
                        rs -> new Object[] {rs.getObject(1), rs.getObject(2), rs.getLong(3)}).get(0);
                long candidates = (Long) range[2];
                if (candidates == 0) {
                    c.commit();
                    return false;
                }
                int deleted = update(c, statements.deleteRange(step, cutoffs, range[0], range[1]));
                if (deleted > batchSize) {
                    c.rollback();
                    overshoots++;
                    size = overshoots > 1 ? Math.max(1, size / 2) : size;
                    continue;
                }
                listener.range(step.entityName(), range[0], range[1]);
                listener.beforeCommit(step.entityName(), List.of());
                c.commit();
                long took = System.nanoTime() - start;
                progress.batch(deleted, took);
                purged += deleted;
                sizer.took(took);
                cursor = range[1];
                if (candidates < size) {
                    return false;
                }
                long span = span(range[0], range[1]);
                boolean dense = span >= 0 && dense(candidates, span);
                stride = dense && ((Number) range[1]).longValue() < Long.MAX_VALUE - batchSize;
                scattered = !dense;
                return dense;
            }
        }
    }

    /**
     * Whether expired rows lie dense enough among the ids that the next ids are worth one batch on their own:
     * at least a quarter of them (a sparser stride would cost more statements than the select it saves). The
     * last stride of a dense stretch finds few or none, and the select takes over.
     */
    static boolean dense(long rows, long ids) {
        return rows * 4 >= ids;
    }

    /**
     * How many ids lie from {@code low} to {@code high}, both included, when ids are whole numbers (so that they
     * can be counted off without a query); -1 otherwise.
     */
    private static long span(Object low, Object high) {
        return integral(low) && integral(high) ? ((Number) high).longValue() - ((Number) low).longValue() + 1 : -1;
    }

    private static boolean integral(Object id) {
        return id instanceof Long || id instanceof Integer || id instanceof Short;
    }

    /**
     * Batches of rows chosen by a select, for types that archive or have plain dependents (locked batches:
     * select and lock the rows with every purge condition, archive them, delete their dependents, then the
     * rows, by id), and for scattered expired rows of a type without either (chosen without a lock, deleted
     * by id with every condition repeated). In primary-key order (neighbouring pages, one walk of the table),
     * or for scattered rows in deletion-time order through the {@code deleted_at} index.
     */
    private void purgeBySelectedRows(Connection c, PurgeStep step, Map<String, Instant> cutoffs, Instant now,
            Progress progress, boolean byDeletionTime) throws SQLException {
        long passPurged;
        do {
            passPurged = selectedPass(c, step, cutoffs, now, progress, byDeletionTime);
        } while (step.repeat() && passPurged > 0);
    }

    /** One pass of such batches. @return the rows it purged */
    private long selectedPass(Connection c, PurgeStep step, Map<String, Instant> cutoffs, Instant now,
            Progress progress, boolean byDeletionTime) throws SQLException {
        long purged = 0;
        Object[] cursor = null;
        // a type without archive and dependents only lands here when its rows are scattered: range-sized batches
        BatchSizer sizer = new BatchSizer(ranged(step) ? batchSize : lockedBatchSize, batchTime);
        // nothing to archive or delete first: choose the rows without a lock, let the delete judge them
        boolean lockFree = ranged(step);
        while (true) {
            long start = System.nanoTime();
            int asked = sizer.size();
            SqlStatement select = byDeletionTime
                    ? statements.selectBatchByDeletionTime(step, cutoffs, cursor == null ? null : (Instant) cursor[0],
                            asked, !lockFree)
                    : statements.selectBatch(step, cutoffs, cursor, asked);
            List<Object[]> rows = query(c, select, rs -> new Object[] {dialect.readInstant(rs, 2), rs.getObject(1)});
            if (rows.isEmpty()) {
                c.commit();
                return purged;
            }
            List<Object> ids = rows.stream().map(r -> r[1]).toList();
            int deleted = lockFree ? deletePurgeable(c, step, cutoffs, ids) : deleteBatch(c, step, ids, now);
            listener.beforeCommit(step.entityName(), lockFree ? List.of() : ids);
            c.commit();
            long took = System.nanoTime() - start;
            progress.batch(deleted, took);
            purged += deleted;
            sizer.took(took);
            Object[] previous = cursor;
            cursor = rows.get(rows.size() - 1);
            if (rows.size() < asked) {
                return purged;
            }
            if (deleted == 0 && previous != null && java.util.Arrays.equals(previous, cursor)) {
                return purged; // the same rows again and none of them went: leave them to the next run
            }
        }
    }

    /** One type's running totals, and the progress log line every {@link #PROGRESS_EVERY}. */
    private final class Progress {
        private final String entity;
        private final long expired;
        private long purged;
        private int batches;
        private Duration longest = Duration.ZERO;
        private long lastLog = System.nanoTime();

        Progress(String entity, long expired) {
            this.entity = entity;
            this.expired = expired;
        }

        /** Called after a batch committed. */
        void batch(int deleted, long nanos) {
            Duration took = Duration.ofNanos(nanos);
            listener.batchCommitted(entity, deleted, took);
            longest = took.compareTo(longest) > 0 ? took : longest;
            batches++;
            purged += deleted;
            if (System.nanoTime() - lastLog > PROGRESS_EVERY.toNanos()) {
                LOG.info("Purge " + entity + ": " + purged + " of " + expired + " expired rows done");
                lastLog = System.nanoTime();
            }
        }
    }

    /** Deletes those of the chosen (not locked) rows that are still purgeable. */
    private int deletePurgeable(Connection c, PurgeStep step, Map<String, Instant> cutoffs, List<Object> ids)
            throws SQLException {
        int deleted = 0;
        for (List<Object> chunk : InLists.chunks(ids, dialect)) {
            deleted += update(c, statements.deleteIds(step, cutoffs, chunk));
        }
        return deleted;
    }

    /** Archives, deletes dependents, then deletes the locked rows; all inside the open transaction. */
    private int deleteBatch(Connection c, PurgeStep step, List<Object> ids, Instant now) throws SQLException {
        SoftDeleteTable t = step.policy().table();
        int deleted = 0;
        for (List<Object> chunk : InLists.chunks(ids, dialect)) {
            archive(c, step, chunk, now);
            for (List<ForeignKeyReference> dependent : step.dependents()) {
                update(c, statements.deleteDependents(dependent, chunk));
            }
            deleted += update(c, statements.deleteByIds(t, chunk));
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
                int archived = update(c, dialect.archiveRows(t, columns(c, t), step.entityName(), now, ids));
                if (archived != ids.size()) {
                    throw new ReprieveException("Archived " + archived + " of " + ids.size() + " " + step.entityName()
                            + " rows; nothing deleted");
                }
            }
            case FILES -> {
                List<Map<String, Object>> rows = query(c, dialect.selectRowsByIds(t, ids),
                        rs -> ArchivedRow.read(rs, t, dialect));
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

    private <T> List<T> query(Connection c, SqlStatement statement, SqlExecutor.RowReader<T> reader)
            throws SQLException {
        return sql.query(c, statement, reader);
    }

    private void execute(Connection c, List<String> statements) throws SQLException {
        sql.execute(c, statements);
    }

    private int update(Connection c, SqlStatement statement) throws SQLException {
        return sql.update(c, statement);
    }
}

package dev.reprieve.purge;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.purge.internal.PurgeEngine;
import dev.reprieve.purge.internal.PurgePlan;
import dev.reprieve.purge.internal.PurgePlanner;
import dev.reprieve.purge.internal.PurgeStep;
import dev.reprieve.purge.internal.TypePurge;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Erases expired soft-deleted rows for good, with plain JDBC: per type, children first, in batches of one
 * short transaction each. A type without archive and without plain dependents goes in primary-key range
 * batches (one guarded {@code DELETE} over a range that a lock-free select chose, or over the next ids where
 * expired rows are dense), or, where its expired rows are scattered, in batches found through the
 * {@code deleted_at} index; any other type in locked batches that lock, archive and delete up to
 * {@code lockedBatchSize} rows and their plain dependents. Batches slower than the batch time make the next
 * ones smaller. A crash loses at most the open batch, which rolls back whole; the next run finishes the work.
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
     * that a batch may hold its row locks. Slower batches shrink the next.
     */
    public static final Duration DEFAULT_BATCH_TIME = Duration.ofMillis(50);

    private final DataSource dataSource;
    private final PurgePlan plan;
    private final Clock clock;
    private final PurgeEngine engine;
    private final Map<String, String> tenantColumns;

    /**
     * With the same size for range and locked batches and the {@link #DEFAULT_BATCH_TIME}.
     *
     * @param files where {@link ArchiveMode#FILES} rows go; may be {@code null} when no type uses it
     * @throws IllegalArgumentException when the batch size is below 1 or a type archives to files without a sink
     */
    public Purger(DataSource dataSource, SoftDeleteDialect dialect, Collection<PurgePolicy> policies,
            PurgeMapping mapping, Clock clock, int batchSize, ArchiveSink files, PurgeListener listener) {
        this(dataSource, dialect, policies, mapping, clock, batchSize, batchSize, DEFAULT_BATCH_TIME, files,
                listener);
    }

    /**
     * @param policies        one per soft-deletable type, with or without retention
     * @param mapping         the foreign keys and soft-delete relations that order the purge, children first
     * @param batchSize       the most rows a range batch erases (types without archive and without dependents)
     * @param lockedBatchSize the most rows a locked batch erases (types that archive or have plain dependents)
     * @param batchTime       how long a batch should take: a slower batch makes the next one smaller
     * @param files           where {@link ArchiveMode#FILES} rows go; may be {@code null} when no type uses it
     * @throws IllegalArgumentException when a batch size is below 1, the batch time is not positive, or a type
     *                                  archives to files without a sink
     * @throws ReprieveException        when the mapping cannot be purged (see {@link PurgeMapping})
     */
    public Purger(DataSource dataSource, SoftDeleteDialect dialect, Collection<PurgePolicy> policies,
            PurgeMapping mapping, Clock clock, int batchSize, int lockedBatchSize, Duration batchTime,
            ArchiveSink files, PurgeListener listener) {
        if (batchSize < 1 || lockedBatchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got "
                    + Math.min(batchSize, lockedBatchSize));
        }
        if (batchTime == null || batchTime.isNegative() || batchTime.isZero()) {
            throw new IllegalArgumentException("batch time must be positive, got " + batchTime);
        }
        this.plan = PurgePlanner.plan(policies, mapping);
        for (PurgeStep step : plan.steps()) {
            if (step.policy().archive() == ArchiveMode.FILES && files == null) {
                throw new IllegalArgumentException(step.entityName() + " archives to files but no file archive is set");
            }
        }
        this.dataSource = dataSource;
        this.clock = clock;
        this.engine = PurgeEngine.of(dialect, batchSize, lockedBatchSize, batchTime, files, listener);
        this.tenantColumns = mapping.tenantColumns();
    }

    /** @return whether any type has a retention, which turns a scheduled purge on by default */
    public boolean anyRetention() {
        return plan.anyRetention();
    }

    /** @return the entity names this purger erases rows of, in the order it purges them (children first) */
    public List<String> purgeOrder() {
        return plan.steps().stream().map(PurgeStep::entityName).toList();
    }

    /** Creates the archive table when a type archives to the database and the table is missing. */
    public void prepare() {
        if (plan.steps().stream().noneMatch(s -> s.policy().archive() == ArchiveMode.TABLE)) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            engine.sql().execute(c, engine.dialect().createArchiveTable());
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
        TypePurge types = new TypePurge(engine);
        HardDeletes.run(() -> {
            for (PurgeStep step : plan.steps()) {
                results.add(types.purge(dataSource, step, cutoffs, now));
            }
        });
        return new PurgeReport(now, results, null);
    }

    /**
     * Runs a purge of one tenant's rows now, on this thread: every type with a tenant column (Hibernate's
     * {@code @TenantId}, see {@link PurgeMapping#tenantColumns()}) and a retention, children before parents, and
     * of each only the rows whose tenant column equals {@code tenant} (bound as a value); rows a purged row's
     * deletion takes along by foreign key go with it. Types without a tenant column are not touched. {@link #purge()}
     * purges every tenant.
     */
    public PurgeReport purgeTenant(Object tenant) {
        java.util.Objects.requireNonNull(tenant, "tenant");
        Instant now = now();
        Map<String, Instant> cutoffs = cutoffs(now);
        List<PurgeReport.EntityPurge> results = new ArrayList<>();
        TypePurge types = new TypePurge(engine.with(engine.statements().forTenant(tenantColumns, tenant)));
        HardDeletes.run(() -> {
            for (PurgeStep step : plan.steps()) {
                if (tenantColumns.containsKey(step.entityName())) {
                    results.add(types.purge(dataSource, step, cutoffs, now));
                }
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
                forecasts.add(engine.sql().queryOne(c, engine.statements().countPurgeable(step, cutoffs),
                        rs -> new PurgeForecast(step.entityName(), step.policy().retention(),
                                cutoffs.get(step.entityName()), rs.getLong(1), engine.dialect().readInstant(rs, 2))));
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
                statuses.add(engine.sql().queryOne(c, engine.dialect().countByState(policy.table(), cutoff),
                        rs -> new RetentionStatus(policy.entityName(), policy.retention(), rs.getLong(1),
                                rs.getLong(2), rs.getLong(3))));
            }
        } catch (SQLException e) {
            throw new ReprieveException("Cannot count rows for the retention status: " + e.getMessage(), e);
        }
        return statuses;
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
}

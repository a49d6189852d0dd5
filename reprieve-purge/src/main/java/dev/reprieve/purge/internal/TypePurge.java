package dev.reprieve.purge.internal;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.spi.ReprieveLog;
import dev.reprieve.purge.ArchiveMode;
import dev.reprieve.purge.PurgeReport;
import dev.reprieve.purge.Purger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Purges one type on a connection of its own: counts its expired rows, chooses how its batches are found
 * (primary-key ranges, rows selected in key order, or rows selected in deletion-time order where expired rows
 * are scattered), and repeats passes while a self-referencing type frees more rows.
 */
public final class TypePurge {

    private static final ReprieveLog LOG = ReprieveLog.of(dev.reprieve.purge.Purger.class.getName());

    private final PurgeEngine engine;

    public TypePurge(PurgeEngine engine) {
        this.engine = engine;
    }

    /**
     * Whether a type's batches can be bare primary-key ranges: no row list has to leave the database when
     * nothing is archived and no plain dependent has to go first.
     */
    static boolean ranged(PurgeStep step) {
        return step.policy().archive() == ArchiveMode.NONE && step.dependents().isEmpty();
    }

    /** Purges a type's expired rows, batch by batch. */
    public PurgeReport.EntityPurge purge(DataSource dataSource, PurgeStep step, Map<String, Instant> cutoffs,
            Instant now) {
        String entity = step.entityName();
        try (Connection c = dataSource.getConnection();
                PurgeTransaction tx = new PurgeTransaction(c, engine.dialect(), engine.sql())) {
            try {
                Progress progress = run(tx, step, cutoffs, now);
                LOG.info("Purge " + entity + ": " + progress.purged() + " of " + progress.expired()
                        + " expired rows done in " + progress.batches() + " batches (longest "
                        + progress.longest().toMillis() + " ms)");
                return new PurgeReport.EntityPurge(entity, progress.expired(), progress.purged(), progress.batches(),
                        progress.longest());
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ReprieveException("Purge of " + entity + " failed; committed batches stay purged and the"
                    + " next run finishes the work: " + e.getMessage(), e);
        }
    }

    private Progress run(PurgeTransaction tx, PurgeStep step, Map<String, Instant> cutoffs, Instant now)
            throws SQLException {
        // counted before the first batch: after it, the index still holds every purged row until vacuum,
        // and counting through those entries costs more than this index-only count over live ones
        long expired = engine.sql().queryOne(tx.connection(),
                engine.statements().countExpired(step, cutoffs),
                rs -> rs.getLong(1));
        tx.commit();
        Progress progress = new Progress(step.entityName(), expired, engine.listener());
        boolean scattered = expired > 0 && scattered(tx, step, expired);
        long passPurged;
        do {
            if (ranged(step) && !scattered) {
                RangeBatches ranges = new RangeBatches(engine, tx, step, cutoffs, progress);
                passPurged = ranges.run();
                if (ranges.endedScattered()) {
                    // the rest of the ids holds expired rows only here and there: find them by deletion time
                    passPurged += new SelectedBatches(engine, tx, step, cutoffs, now, progress, true).run();
                }
            } else {
                passPurged = new SelectedBatches(engine, tx, step, cutoffs, now, progress, scattered).run();
            }
        } while (step.repeat() && passPurged > 0);
        return progress;
    }

    /**
     * Whether the expired rows lie scattered over the table's ids (fewer than one id in four, or ids that are
     * not whole numbers): then batches are found through the {@code deleted_at} index, in deletion-time order,
     * because walking the primary key would visit every row of the table, twice for a range batch.
     */
    private boolean scattered(PurgeTransaction tx, PurgeStep step, long expired) throws SQLException {
        Object[] bounds = engine.sql().queryOne(tx.connection(), engine.dialect().idBounds(step.policy().table()),
                rs -> new Object[] {rs.getObject(1), rs.getObject(2)});
        tx.commit();
        long span = IdSpans.span(bounds[0], bounds[1]);
        return span < 0 || !IdSpans.dense(expired, span);
    }
}

package dev.reprieve.purge.internal;

import dev.reprieve.core.spi.sql.SqlStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One pass over a type's ids in range batches, in primary-key order, for a type without archive and without
 * plain dependents. A batch's range is either chosen by a lock-free select (the ids of the next expired,
 * unheld rows) or, while the previous batch found expired rows dense in integer ids, simply the next ids
 * after it: a stride skips the select's second walk over the rows and can never hold more rows than it has
 * ids, so it runs as one self-committing statement. Either way one {@code DELETE} over the range repeats
 * every purge condition, so whatever changed in between (a restore, a hold, a new reference, a group
 * member) is judged by the delete itself.
 */
final class RangeBatches {

    private final PurgeEngine engine;
    private final PurgeTransaction tx;
    private final PurgeStep step;
    private final Map<String, Instant> cutoffs;
    private final Progress progress;
    private final BatchSizer sizer;
    private Object cursor;
    private boolean stride;
    private boolean scattered;
    private long purged;

    RangeBatches(PurgeEngine engine, PurgeTransaction tx, PurgeStep step, Map<String, Instant> cutoffs,
            Progress progress) {
        this.engine = engine;
        this.tx = tx;
        this.step = step;
        this.cutoffs = cutoffs;
        this.progress = progress;
        this.sizer = new BatchSizer(engine.batchSize(), engine.batchTime());
    }

    /** Runs the whole pass. @return the rows it purged */
    long run() throws SQLException {
        while (next()) {
            // each call runs one batch
        }
        return purged;
    }

    /** Whether the pass ended where expired rows lie only here and there among the ids. */
    boolean endedScattered() {
        return scattered;
    }

    /** Runs the next batch. @return whether more batches may follow */
    private boolean next() throws SQLException {
        return stride ? strideBatch() : selectedBatch();
    }

    /** The next {@code sizer.size()} ids after the cursor, in one self-committing {@code DELETE}. */
    private boolean strideBatch() throws SQLException {
        long start = System.nanoTime();
        int width = sizer.size();
        long low = ((Number) cursor).longValue() + 1;
        long high = low + width - 1;
        // the listener hears of a self-committing batch before it runs
        engine.listener().range(step.entityName(), low, high);
        engine.listener().beforeCommit(step.entityName(), List.of());
        SqlStatement delete = engine.statements().deleteRange(step, cutoffs, low, high);
        int deleted = tx.autoCommitted(() -> engine.sql().update(tx.connection(), delete));
        long took = System.nanoTime() - start;
        if (deleted > 0) {
            progress.batch(deleted, took);
            purged += deleted;
        }
        sizer.took(took);
        cursor = high;
        stride = IdSpans.dense(deleted, width) && high < Long.MAX_VALUE - engine.batchSize();
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
            Object[] range = engine.sql().queryOne(tx.connection(),
                    engine.statements().selectRange(step, cutoffs, cursor, size),
                    rs -> new Object[] {rs.getObject(1), rs.getObject(2), rs.getLong(3)});
            long candidates = (Long) range[2];
            if (candidates == 0) {
                tx.commit();
                return false;
            }
            int deleted = engine.sql().update(tx.connection(),
                    engine.statements().deleteRange(step, cutoffs, range[0], range[1]));
            if (deleted > engine.batchSize()) {
                tx.rollback();
                overshoots++;
                size = overshoots > 1 ? Math.max(1, size / 2) : size;
                continue;
            }
            engine.listener().range(step.entityName(), range[0], range[1]);
            engine.listener().beforeCommit(step.entityName(), List.of());
            tx.commit();
            long took = System.nanoTime() - start;
            progress.batch(deleted, took);
            purged += deleted;
            sizer.took(took);
            cursor = range[1];
            if (candidates < size) {
                return false;
            }
            long span = IdSpans.span(range[0], range[1]);
            boolean dense = span >= 0 && IdSpans.dense(candidates, span);
            stride = dense && ((Number) range[1]).longValue() < Long.MAX_VALUE - engine.batchSize();
            scattered = !dense;
            return dense;
        }
    }
}

package dev.reprieve.purge.internal;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.sql.InLists;
import dev.reprieve.core.spi.sql.SqlStatement;
import dev.reprieve.core.spi.cascade.TableReference;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One pass of batches of rows chosen by a select: for types that archive or have plain dependents (locked
 * batches: select and lock the rows with every purge condition, archive them, delete their dependents, then
 * the rows, by id), and for scattered expired rows of a type without either (chosen without a lock, deleted
 * by id with every condition repeated). In primary-key order (neighbouring pages, one walk of the table), or
 * for scattered rows in deletion-time order through the {@code deleted_at} index.
 */
final class SelectedBatches {

    private final PurgeEngine engine;
    private final PurgeTransaction tx;
    private final PurgeStep step;
    private final Map<String, Instant> cutoffs;
    private final Instant now;
    private final Progress progress;
    private final boolean byDeletionTime;

    SelectedBatches(PurgeEngine engine, PurgeTransaction tx, PurgeStep step, Map<String, Instant> cutoffs,
            Instant now, Progress progress, boolean byDeletionTime) {
        this.engine = engine;
        this.tx = tx;
        this.step = step;
        this.cutoffs = cutoffs;
        this.now = now;
        this.progress = progress;
        this.byDeletionTime = byDeletionTime;
    }

    /** Runs the whole pass. @return the rows it purged */
    long run() throws SQLException {
        long purged = 0;
        Object[] cursor = null;
        // a type without archive and dependents only lands here when its rows are scattered: range-sized batches
        boolean lockFree = TypePurge.ranged(step);
        BatchSizer sizer = new BatchSizer(lockFree ? engine.batchSize() : engine.lockedBatchSize(),
                engine.batchTime());
        while (true) {
            long start = System.nanoTime();
            int asked = sizer.size();
            // nothing to archive or delete first: choose the rows without a lock, let the delete judge them
            SqlStatement select = byDeletionTime
                    ? engine.statements().selectBatchByDeletionTime(step, cutoffs,
                            cursor == null ? null : (Instant) cursor[0], asked, !lockFree)
                    : engine.statements().selectBatch(step, cutoffs, cursor, asked);
            List<Object[]> rows = engine.sql().query(tx.connection(), select,
                    rs -> new Object[] {engine.dialect().readInstant(rs, 2), rs.getObject(1)});
            if (rows.isEmpty()) {
                tx.commit();
                return purged;
            }
            List<Object> ids = rows.stream().map(r -> r[1]).toList();
            int deleted = lockFree ? deleteStillPurgeable(ids) : deleteLocked(ids);
            engine.listener().beforeCommit(step.entityName(), lockFree ? List.of() : ids);
            tx.commit();
            long took = System.nanoTime() - start;
            progress.batch(deleted, took);
            purged += deleted;
            sizer.took(took);
            Object[] previous = cursor;
            cursor = rows.get(rows.size() - 1);
            if (rows.size() < asked) {
                return purged;
            }
            if (deleted == 0 && previous != null && Arrays.equals(previous, cursor)) {
                return purged; // the same rows again and none of them went: leave them to the next run
            }
        }
    }

    /** Deletes those of the chosen (not locked) rows that are still purgeable. */
    private int deleteStillPurgeable(List<Object> ids) throws SQLException {
        int deleted = 0;
        for (List<Object> chunk : InLists.chunks(ids, engine.dialect())) {
            deleted += engine.sql().update(tx.connection(), engine.statements().deleteIds(step, cutoffs, chunk));
        }
        return deleted;
    }

    /** Archives, deletes dependents, then deletes the locked rows; all inside the open transaction. */
    private int deleteLocked(List<Object> ids) throws SQLException {
        SoftDeleteTable t = step.policy().table();
        int deleted = 0;
        for (List<Object> chunk : InLists.chunks(ids, engine.dialect())) {
            engine.archiver().archive(tx.connection(), step, chunk, now);
            for (List<TableReference> dependent : step.dependents()) {
                engine.sql().update(tx.connection(), engine.statements().deleteDependents(dependent, chunk));
            }
            deleted += engine.sql().update(tx.connection(), engine.statements().deleteByIds(t, chunk));
        }
        if (deleted != ids.size()) {
            throw new ReprieveException("Purge of " + step.entityName() + " deleted " + deleted + " rows of a batch"
                    + " of " + ids.size() + " locked rows; rolled back");
        }
        return deleted;
    }
}

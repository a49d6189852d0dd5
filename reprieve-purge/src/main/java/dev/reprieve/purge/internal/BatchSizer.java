package dev.reprieve.purge.internal;

import java.time.Duration;

/**
 * Sizes one type's purge batches by time: the first batch takes at most {@link #FIRST_BATCH} rows, batches
 * well under the target double up to the configured most rows, and a batch that took longer than the target
 * shrinks the next (down to one row). Rows scattered over many pages cost far more per row than neighbours,
 * so a fixed row count cannot bound how long a batch holds its locks.
 */
final class BatchSizer {

    /** The first batch's most rows: short whatever the rows' layout (10,000 scattered rows took 100-250 ms). */
    static final int FIRST_BATCH = 1000;

    private final int max;
    private final long targetNanos;
    private int size;

    BatchSizer(int max, Duration target) {
        this.max = max;
        this.targetNanos = target.toNanos();
        this.size = Math.min(max, FIRST_BATCH);
    }

    /** The most rows (or ids, for a stride) the next batch may take. */
    int size() {
        return size;
    }

    /** Takes the time the last batch of {@link #size()} took into account. */
    void took(long nanos) {
        if (nanos > targetNanos) {
            // at once to the size that would have met the target, but never below a quarter in one step
            long fitting = (long) ((double) size * targetNanos / nanos);
            size = (int) Math.max(1, Math.max(size / 4, fitting));
        } else if (nanos < targetNanos / 2) {
            size = (int) Math.min(max, 2L * size);
        }
    }
}

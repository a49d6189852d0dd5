package dev.reprieve.purge.internal;

import dev.reprieve.core.spi.ReprieveLog;
import dev.reprieve.purge.PurgeListener;
import dev.reprieve.purge.Purger;
import java.time.Duration;

/** One type's running totals in a purge run, and the progress log line every {@link #EVERY}. */
final class Progress {

    private static final ReprieveLog LOG = ReprieveLog.of(dev.reprieve.purge.Purger.class.getName());
    private static final Duration EVERY = Duration.ofSeconds(10);

    private final String entity;
    private final long expired;
    private final PurgeListener listener;
    private long purged;
    private int batches;
    private Duration longest = Duration.ZERO;
    private long lastLog = System.nanoTime();

    Progress(String entity, long expired, PurgeListener listener) {
        this.entity = entity;
        this.expired = expired;
        this.listener = listener;
    }

    /** Called after a batch committed. */
    void batch(int deleted, long nanos) {
        Duration took = Duration.ofNanos(nanos);
        listener.batchCommitted(entity, deleted, took);
        longest = took.compareTo(longest) > 0 ? took : longest;
        batches++;
        purged += deleted;
        if (System.nanoTime() - lastLog > EVERY.toNanos()) {
            LOG.info("Purge " + entity + ": " + purged + " of " + expired + " expired rows done");
            lastLog = System.nanoTime();
        }
    }

    long expired() {
        return expired;
    }

    long purged() {
        return purged;
    }

    int batches() {
        return batches;
    }

    Duration longest() {
        return longest;
    }
}

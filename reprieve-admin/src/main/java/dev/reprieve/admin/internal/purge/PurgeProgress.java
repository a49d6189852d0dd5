package dev.reprieve.admin.internal.purge;

import dev.reprieve.purge.PurgeListener;
import java.time.Duration;
import java.util.Map;

/**
 * Counts the rows each committed purge batch erased, for the admin's progress bar. Registered as a
 * {@link PurgeListener} bean, which the starter's purge service calls after every batch commit.
 */
public class PurgeProgress implements PurgeListener {

    private volatile Map<String, Long> counts;

    /** Starts counting into {@code target}, or stops with {@code null}. */
    void watch(Map<String, Long> target) {
        counts = target;
    }

    @Override
    public void batchCommitted(String entityName, int rows, Duration took) {
        Map<String, Long> target = counts;
        if (target != null) {
            target.merge(entityName, (long) rows, Long::sum);
        }
    }
}

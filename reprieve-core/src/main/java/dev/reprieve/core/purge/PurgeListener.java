package dev.reprieve.core.purge;

import java.time.Duration;
import java.util.List;

/** Hears what the purge does, batch by batch: the hook for metrics (and for tests that inject failures). */
public interface PurgeListener {

    PurgeListener NONE = new PurgeListener() {
    };

    /**
     * Called inside a batch's transaction, after its rows are archived and deleted and before the commit;
     * throwing here rolls the whole batch back.
     */
    default void beforeCommit(String entityName, List<Object> ids) {
    }

    /** Called after a batch committed. */
    default void batchCommitted(String entityName, int rows, Duration took) {
    }

    /** Several listeners as one, called in order. */
    static PurgeListener of(List<PurgeListener> listeners) {
        return new PurgeListener() {
            @Override
            public void beforeCommit(String entityName, List<Object> ids) {
                listeners.forEach(l -> l.beforeCommit(entityName, ids));
            }

            @Override
            public void batchCommitted(String entityName, int rows, Duration took) {
                listeners.forEach(l -> l.batchCommitted(entityName, rows, took));
            }
        };
    }
}

package dev.reprieve.purge;

import java.time.Duration;
import java.util.List;

/** Hears what the purge does, batch by batch: the hook for metrics (and for tests that inject failures). */
public interface PurgeListener {

    PurgeListener NONE = new PurgeListener() {
    };

    /**
     * Called before a batch's changes become permanent; throwing here undoes the whole batch. For most
     * batches that is inside the batch's transaction, after its rows are archived and deleted and before the
     * commit; a stride range batch (one {@code DELETE} that cannot exceed the batch size and commits by
     * itself) hears of it just before that statement runs.
     *
     * @param ids the batch's ids for a locked batch (a type that archives or has plain dependents); empty for
     *            range and deletion-time batches, which choose their rows without a lock
     */
    default void beforeCommit(String entityName, List<Object> ids) {
    }

    /**
     * Called just before {@link #beforeCommit} for a batch that deletes a primary-key range: the ids its
     * {@code DELETE} covered, both ends included (only expired, unheld rows among them go).
     */
    default void range(String entityName, Object lowId, Object highId) {
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
            public void range(String entityName, Object lowId, Object highId) {
                listeners.forEach(l -> l.range(entityName, lowId, highId));
            }

            @Override
            public void batchCommitted(String entityName, int rows, Duration took) {
                listeners.forEach(l -> l.batchCommitted(entityName, rows, took));
            }
        };
    }
}

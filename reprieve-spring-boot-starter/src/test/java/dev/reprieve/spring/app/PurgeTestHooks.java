package dev.reprieve.spring.app;

import dev.reprieve.purge.PurgeListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Injects a failure into a chosen purge batch, inside its transaction, to show a batch commits whole or not at all. */
public class PurgeTestHooks implements PurgeListener {

    private final AtomicInteger failOnBatch = new AtomicInteger(0);
    private final AtomicInteger batches = new AtomicInteger();
    private final List<String> committed = new CopyOnWriteArrayList<>();

    /** Makes the n-th batch from now (1-based) fail after its statements ran; 0 disarms. */
    public void failOnBatch(int n) {
        batches.set(0);
        failOnBatch.set(n);
        committed.clear();
    }

    /** The rows of each batch of the type committed since the last {@link #failOnBatch}, in order. */
    public List<Integer> committedBatches(String entityName) {
        return committed.stream().filter(b -> b.startsWith(entityName + ":"))
                .map(b -> Integer.valueOf(b.substring(entityName.length() + 1))).toList();
    }

    @Override
    public void batchCommitted(String entityName, int rows, Duration took) {
        committed.add(entityName + ":" + rows);
    }

    @Override
    public void beforeCommit(String entityName, List<Object> ids) {
        int armed = failOnBatch.get();
        if (armed > 0 && batches.incrementAndGet() == armed) {
            failOnBatch.set(0);
            throw new IllegalStateException("injected crash in purge batch " + armed + " of " + entityName);
        }
    }
}

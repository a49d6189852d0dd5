package dev.reprieve.spring.app;

import dev.reprieve.core.purge.PurgeListener;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Injects a failure into a chosen purge batch, inside its transaction, to show a batch commits whole or not at all. */
public class PurgeTestHooks implements PurgeListener {

    private final AtomicInteger failOnBatch = new AtomicInteger(0);
    private final AtomicInteger batches = new AtomicInteger();

    /** Makes the n-th batch from now (1-based) fail after its statements ran; 0 disarms. */
    public void failOnBatch(int n) {
        batches.set(0);
        failOnBatch.set(n);
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

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.event.EventIds;
import dev.reprieve.core.event.Purged;
import dev.reprieve.purge.PurgeListener;
import java.time.Duration;
import java.util.List;

/**
 * Turns the purge's batch callbacks into one {@link Purged} event per committed batch for the runtime's
 * listeners: the ids of a locked batch, or the primary-key range of a range batch, heard before its commit.
 */
public final class PurgeEvents implements PurgeListener {

    /** What the batch under way said of its rows before it committed. */
    private static final class Batch {
        List<Object> ids = List.of();
        Object low;
        Object high;
    }

    private final DefaultReprieveRuntime runtime;
    private final ThreadLocal<Batch> current = ThreadLocal.withInitial(Batch::new);

    public PurgeEvents(DefaultReprieveRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void range(String entityName, Object lowId, Object highId) {
        Batch batch = current.get();
        batch.low = lowId;
        batch.high = highId;
    }

    @Override
    public void beforeCommit(String entityName, List<Object> ids) {
        current.get().ids = ids;
    }

    @Override
    public void batchCommitted(String entityName, int rows, Duration took) {
        Batch batch = current.get();
        current.remove();
        if (rows == 0 || !runtime.heard()) {
            return;
        }
        EventIds first = EventIds.of(batch.ids);
        runtime.publish(new Purged(entityName, rows, new EventIds(first.ids(), Math.max(rows, first.ids().size())),
                batch.low, batch.high));
    }
}

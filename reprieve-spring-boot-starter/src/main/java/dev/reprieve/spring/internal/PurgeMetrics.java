package dev.reprieve.spring.internal;

import dev.reprieve.purge.PurgeListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Publishes the purge to Micrometer: {@code reprieve.purge.rows} (rows erased) and {@code reprieve.purge.batch}
 * (time per committed batch), both tagged with the entity.
 */
public class PurgeMetrics implements PurgeListener {

    static final String ROWS = "reprieve.purge.rows";
    static final String BATCH = "reprieve.purge.batch";

    private final ObjectProvider<MeterRegistry> registries;

    public PurgeMetrics(ObjectProvider<MeterRegistry> registries) {
        this.registries = registries;
    }

    @Override
    public void batchCommitted(String entityName, int rows, Duration took) {
        registries.orderedStream().forEach(registry -> {
            Counter.builder(ROWS).description("Soft-deleted rows erased for good by the retention purge")
                    .tag("entity", entityName).register(registry).increment(rows);
            Timer.builder(BATCH).description("Time of one purge batch, from its first statement to its commit")
                    .tag("entity", entityName).register(registry).record(took);
        });
    }
}

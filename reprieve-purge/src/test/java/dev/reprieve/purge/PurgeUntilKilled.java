package dev.reprieve.purge;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JVM the kill test kills: purges the kill test's tables and, in the chosen batch of the chosen type,
 * after that batch's statements ran and before it commits, says {@code PAUSED} on stdout and waits to die.
 * Arguments: JDBC URL, user, password, entity name, batch number (1-based).
 */
public final class PurgeUntilKilled {

    private PurgeUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        String entity = args[3];
        int pauseAt = Integer.parseInt(args[4]);
        AtomicInteger batches = new AtomicInteger();
        PurgeListener pause = new PurgeListener() {
            @Override
            public void beforeCommit(String entityName, List<Object> ids) {
                if (entityName.equals(entity) && batches.incrementAndGet() == pauseAt) {
                    System.out.println("PAUSED");
                    System.out.flush();
                    try {
                        Thread.sleep(120_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("not killed within two minutes");
                }
            }
        };
        try (var ds = PurgeTables.dataSource(args[0], args[1], args[2])) {
            PurgeTables.purger(ds, PurgeTables.dialect(ds), pause).purge();
        }
        System.out.println("FINISHED WITHOUT PAUSING");
    }
}

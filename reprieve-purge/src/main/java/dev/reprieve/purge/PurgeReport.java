package dev.reprieve.purge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one purge run did.
 *
 * @param startedAt when it started, by the purge clock
 * @param entities  per purged type, in purge order
 * @param skipped   why it did nothing (another instance holds the lock), or {@code null} when it ran
 */
public record PurgeReport(Instant startedAt, List<EntityPurge> entities, String skipped) {

    public PurgeReport {
        entities = List.copyOf(entities);
    }

    public static PurgeReport skipped(Instant at, String reason) {
        return new PurgeReport(at, List.of(), reason);
    }

    public long totalPurged() {
        return entities.stream().mapToLong(EntityPurge::purged).sum();
    }

    /**
     * @param entityName   the type
     * @param expired      expired rows (held back or not) counted when its step began: the progress "of"
     * @param purged       rows erased
     * @param batches      committed batches
     * @param longestBatch the longest batch, from its first statement to its commit
     */
    public record EntityPurge(String entityName, long expired, long purged, int batches, Duration longestBatch) {
    }
}

package dev.reprieve.admin.internal.purge;

import java.time.Instant;
import java.util.List;

/**
 * A purge's progress or a dry run's forecast.
 *
 * @param dryRun     whether nothing is (or was) erased
 * @param running    whether the purge is still going
 * @param startedAt  when it started
 * @param finishedAt when it ended, or {@code null}
 * @param types      per entity type: rows done of rows expired
 * @param error      why it stopped, or {@code null}
 */
public record PurgeStatus(boolean dryRun, boolean running, Instant startedAt, Instant finishedAt, List<TypeProgress> types,
        String error) {

    /**
     * @param entityName the type
     * @param expired    rows past their retention when the run started
     * @param done       rows erased so far
     * @param oldest     the oldest deletion time among the expired rows, or {@code null}
     */
    public record TypeProgress(String entityName, long expired, long done, Instant oldest) {
    }

    public long expired() {
        return types.stream().mapToLong(TypeProgress::expired).sum();
    }

    public long done() {
        return types.stream().mapToLong(TypeProgress::done).sum();
    }

    /** 0 to 100 */
    public int percent() {
        long expired = expired();
        return expired == 0 ? (running ? 0 : 100) : (int) Math.min(100, done() * 100 / expired);
    }
}

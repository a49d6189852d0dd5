package dev.reprieve.purge;

import java.time.Duration;

/**
 * The rows of one soft-deletable type by state.
 *
 * @param entityName the type
 * @param retention  its retention, or {@code null} when its rows are never purged
 * @param alive      rows not deleted
 * @param deleted    rows soft-deleted
 * @param expired    deleted rows older than the retention (whether or not held back from purge)
 */
public record RetentionStatus(String entityName, Duration retention, long alive, long deleted, long expired) {
}

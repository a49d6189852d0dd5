package dev.reprieve.admin.internal.trash;

import java.time.Instant;
import java.util.Map;

/**
 * One soft-deleted row on a trash page.
 *
 * @param type       entity name
 * @param id         id as text
 * @param label      readable label (the configured attribute or {@code toString()})
 * @param deletedAt  when
 * @param deletedBy  by whom, or {@code null}
 * @param deletionId its cascade group, or {@code null}
 * @param group      how many deleted rows of each type share its delete operation (itself included)
 * @param reason     why it was deleted, or {@code null} when none was given or the type has no reason column
 */
public record TrashEntry(String type, String id, String label, Instant deletedAt, String deletedBy, String deletionId,
        Map<String, Long> group, String reason) {

    /** @return {@code Article 2, Comment 4}: the group's rows per type, this one included */
    public String groupSummary() {
        return ActionResult.describe(group);
    }

    /** @return the rows that went with this one per type, this one excluded: adds up to {@link #groupOthers()} */
    public String othersSummary() {
        return ActionResult.describeOthers(group, type);
    }

    /** @return how many rows went with this one (itself excluded) */
    public long groupOthers() {
        return group.values().stream().mapToLong(Long::longValue).sum() - 1;
    }
}

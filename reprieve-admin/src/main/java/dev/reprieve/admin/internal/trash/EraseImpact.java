package dev.reprieve.admin.internal.trash;

import java.util.List;
import java.util.Map;

/**
 * Exactly what erasing one row from the trash would do, computed without doing it: the confirmation page.
 *
 * @param root        the row asked for
 * @param erased      rows that would be erased, per type (the root included)
 * @param shown       per type, the first rows by name (up to {@code reprieve.admin.impact-rows-shown})
 * @param detached    rows that would only lose their reference, per relationship
 * @param blocks      why the erase cannot go ahead; empty when it can
 * @param fingerprint identifies this exact set of rows: an erase confirmed for it refuses to run on another
 */
public record EraseImpact(TrashEntry root, Map<String, Long> erased, Map<String, List<ImpactRow>> shown,
        Map<String, Long> detached, List<String> blocks, String fingerprint) {

    /** A row on the confirmation page. */
    public record ImpactRow(String type, String id, String label, boolean deleted) {
    }

    public boolean allowed() {
        return blocks.isEmpty();
    }

    public long total() {
        return erased.values().stream().mapToLong(Long::longValue).sum();
    }
}

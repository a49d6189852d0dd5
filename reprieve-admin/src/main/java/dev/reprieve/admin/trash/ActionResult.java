package dev.reprieve.admin.trash;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an admin action did, in words and in numbers.
 *
 * @param action    {@code restored}, {@code erased}, ...
 * @param message   one sentence for a person
 * @param rowsByType rows affected per entity type
 */
public record ActionResult(String action, String message, Map<String, Long> rowsByType) {

    public long total() {
        return rowsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Counts per type as the admin shows them: {@code Article 2, Comment 4}. */
    public static String describe(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}

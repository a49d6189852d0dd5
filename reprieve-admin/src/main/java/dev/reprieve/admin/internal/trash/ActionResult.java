package dev.reprieve.admin.internal.trash;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an admin action did, in words and in numbers.
 *
 * @param action    {@code restored}, {@code erased}, ...
 * @param message   one sentence for a person
 * @param rowsByType rows affected per entity type
 * @param refused   rows of a several-row request that were left as they were, each with the reason; the
 *                  others went ahead
 */
public record ActionResult(String action, String message, Map<String, Long> rowsByType, List<Refusal> refused) {

    /** A row an action left alone, and why (the refusal's own message). */
    public record Refusal(String row, String reason) {
    }

    public ActionResult {
        refused = List.copyOf(refused);
    }

    /** An action that did all it was asked. */
    public ActionResult(String action, String message, Map<String, Long> rowsByType) {
        this(action, message, rowsByType, List.of());
    }

    /** @return one sentence listing the refused rows and why, or {@code null} when there are none */
    public String describeRefused() {
        if (refused.isEmpty()) {
            return null;
        }
        return "Not restored: " + refused.stream().map(r -> r.row() + " (" + r.reason() + ")").collect(Collectors.joining("; "))
                + ".";
    }

    public long total() {
        return rowsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Counts per type as the admin shows them: {@code Article 2, Comment 4}. */
    public static String describe(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * The counts of a group less one row of its own type, as {@link #describe} words them: what went
     * <em>with</em> that row, so "with 2 others" is followed by a breakdown that adds up to 2.
     */
    public static String describeOthers(Map<String, Long> counts, String ownType) {
        Map<String, Long> others = new LinkedHashMap<>(counts);
        others.computeIfPresent(ownType, (type, n) -> n > 1 ? n - 1 : null);
        return describe(others);
    }
}

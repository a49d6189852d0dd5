package dev.reprieve.core.event;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Row counts per entity name, as the events carry them: sorted by name, unmodifiable, no zero entries. */
final class Rows {

    private Rows() {
    }

    static Map<String, Long> copy(Map<String, Long> rows) {
        Map<String, Long> copy = new TreeMap<>(Objects.requireNonNull(rows, "rows"));
        copy.values().removeIf(count -> count == null || count == 0);
        return Collections.unmodifiableMap(copy);
    }

    static long total(Map<String, Long> rows) {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}

package dev.reprieve.admin.internal.trash;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Deleted rows per type, counted no further than a limit: a type with more matching rows than
 * {@code limit} is reported as {@code limit} and listed in {@code lowerBoundTypes} ("more than {@code limit}").
 * Counting stops there so a huge trash costs what a trash of {@code limit} rows costs.
 *
 * @param byType          rows per type, exact unless the type is in {@code lowerBoundTypes}
 * @param lowerBoundTypes the types whose count stopped at the limit: they have more than {@code limit} rows
 * @param limit           the count limit ({@code reprieve.admin.count-limit})
 */
public record TrashCounts(Map<String, Long> byType, Set<String> lowerBoundTypes, int limit) {

    public TrashCounts {
        byType = Collections.unmodifiableMap(new TreeMap<>(byType));
        lowerBoundTypes = Collections.unmodifiableSet(new TreeSet<>(lowerBoundTypes));
    }

    /** No rows of any type. */
    public static TrashCounts none(int limit) {
        return new TrashCounts(Map.of(), Set.of(), limit);
    }

    /** Rows of all types: exact, or a lower bound when {@link #isLowerBound()}. */
    public long total() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether some type has more rows than counted, so {@link #total()} is a lower bound. */
    public boolean isLowerBound() {
        return !lowerBoundTypes.isEmpty();
    }

    /** Whether this type has more rows than {@link #count(String)} says. */
    public boolean isLowerBound(String type) {
        return lowerBoundTypes.contains(type);
    }

    /** Rows of one type (0 for a type with none). */
    public long count(String type) {
        return byType.getOrDefault(type, 0L);
    }

    /** For people: "3", or "more than 10,000" for a type that reached the limit. */
    public String describe(String type) {
        return describe(count(type), isLowerBound(type));
    }

    /** For people: the total, or "more than 20,000" when it is a lower bound. */
    public String describeTotal() {
        return describe(total(), isLowerBound());
    }

    private static String describe(long count, boolean lowerBound) {
        return lowerBound ? String.format(Locale.ROOT, "more than %,d", count) : String.valueOf(count);
    }
}

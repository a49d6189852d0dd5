package dev.reprieve.hibernate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an erasure removed, or with {@code dryRun} would remove: rows per entity and per place, and what stops
 * it (a dependent that does not cascade). Never holds the rows' values.
 *
 * @param request   what was asked
 * @param dryRun    whether nothing was changed
 * @param rows      per entity name, the rows per place (places with no row left out)
 * @param refusals  why the erase cannot go ahead; empty when it can
 * @param rootIds   rows of the requested entity that go, in every place (its own dependents of the same type included)
 */
public record ErasureReport(ErasureRequest request, boolean dryRun, Map<String, Map<ErasurePlace, Long>> rows,
        List<String> refusals, long rootIds) {

    public ErasureReport {
        Map<String, Map<ErasurePlace, Long>> copy = new LinkedHashMap<>();
        rows.forEach((entity, byPlace) -> {
            Map<ErasurePlace, Long> counts = new EnumMap<>(ErasurePlace.class);
            byPlace.forEach((place, n) -> {
                if (n != null && n > 0) {
                    counts.put(place, n);
                }
            });
            if (!counts.isEmpty()) {
                copy.put(entity, Collections.unmodifiableMap(counts));
            }
        });
        rows = Collections.unmodifiableMap(copy);
        refusals = List.copyOf(refusals);
    }

    /** @return rows of {@code entity} in {@code place} */
    public long rows(String entity, ErasurePlace place) {
        return rows.getOrDefault(entity, Map.of()).getOrDefault(place, 0L);
    }

    /** @return rows in {@code place}, every entity summed */
    public long total(ErasurePlace place) {
        return rows.values().stream().mapToLong(m -> m.getOrDefault(place, 0L)).sum();
    }

    /** @return every row, every place */
    public long total() {
        return rows.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }

    /** @return whether the erase may go ahead */
    public boolean allowed() {
        return refusals.isEmpty();
    }
}

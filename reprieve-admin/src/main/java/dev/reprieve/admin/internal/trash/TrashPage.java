package dev.reprieve.admin.internal.trash;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page of the trash.
 *
 * <p>Totals are counted no further than {@code countLimit} rows per type ({@code reprieve.admin.count-limit}),
 * so a page of a huge trash costs what a page of a small one costs. A type with more matching rows is reported
 * as {@code countLimit} rows and listed in {@code lowerBoundTypes}; {@code total} is then a lower bound and
 * {@code totalIsLowerBound} is {@code true}: there are more than {@code total} matching rows.
 *
 * @param rows              the rows
 * @param page              the 0-based page number asked for (offset paging), 0 when a cursor was used
 * @param size              rows per page
 * @param total             rows matching the filters, all types: exact unless {@code totalIsLowerBound}
 * @param totalIsLowerBound whether some type has more matching rows than counted, so more than {@code total} match
 * @param totalByType       rows matching the filters, per type: exact unless the type is in {@code lowerBoundTypes}
 * @param lowerBoundTypes   the types whose count stopped at {@code countLimit}: each has more than that many rows
 * @param countLimit        how many matching rows per type are counted at most
 * @param nextCursor        pass as {@code cursor} to get the next page; {@code null} on the last page
 */
public record TrashPage(List<TrashEntry> rows, int page, int size, long total, boolean totalIsLowerBound,
        Map<String, Long> totalByType, Set<String> lowerBoundTypes, int countLimit, String nextCursor) {

    static TrashPage of(List<TrashEntry> rows, int page, int size, TrashCounts counts, String nextCursor) {
        return new TrashPage(rows, page, size, counts.total(), counts.isLowerBound(), counts.byType(), counts.lowerBoundTypes(),
                counts.limit(), nextCursor);
    }

    public boolean hasNext() {
        return nextCursor != null;
    }

    /** The per-type counts as {@link TrashCounts}. */
    public TrashCounts counts() {
        return new TrashCounts(totalByType, lowerBoundTypes, countLimit);
    }

    /** For people: the total, or "more than 20,000" when it is a lower bound. */
    public String describeTotal() {
        return counts().describeTotal();
    }
}

package dev.reprieve.core.spi.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * Splits id lists into chunks small enough for one {@code IN (...)} list, at the limit of the dialect
 * ({@link SoftDeleteDialect#maxInListSize()}), so every caller chunks alike.
 */
public final class InLists {

    private InLists() {
    }

    /** The values in order, in consecutive chunks of at most {@code size}; none for no values. */
    @SuppressWarnings("unchecked") // a list of T's subtypes read as T only
    public static <T> List<List<T>> chunks(Collection<? extends T> values, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, got " + size);
        }
        List<T> all = values instanceof RandomAccess && values instanceof List<?>
                ? (List<T>) values : new ArrayList<>(values); // chunks of a list are views of it, not a copy
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    /** The values in chunks of at most the dialect's {@code IN}-list size. */
    public static <T> List<List<T>> chunks(Collection<? extends T> values, SoftDeleteDialect dialect) {
        return chunks(values, dialect.maxInListSize());
    }
}

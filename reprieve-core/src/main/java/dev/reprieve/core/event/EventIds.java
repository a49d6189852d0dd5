package dev.reprieve.core.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The ids of the rows an operation was asked for, bounded: at most {@link #LIMIT} of them travel in an event, so
 * an operation on millions of rows never builds a huge object. Every row of a soft delete carries its deletion
 * id, which finds them all when {@link #complete()} is false.
 *
 * @param ids   the ids, or the first {@link #LIMIT} of them
 * @param count how many rows there are in all
 */
public record EventIds(List<Object> ids, long count) {

    /** The most ids an event carries. */
    public static final int LIMIT = 1000;

    public EventIds {
        Objects.requireNonNull(ids, "ids");
        if (ids.size() > LIMIT) {
            throw new IllegalArgumentException("An event carries at most " + LIMIT + " ids, not " + ids.size());
        }
        if (count < ids.size()) {
            throw new IllegalArgumentException("count " + count + " is below the " + ids.size() + " ids given");
        }
        ids = Collections.unmodifiableList(new ArrayList<>(ids));
    }

    /** @return the first {@link #LIMIT} of {@code ids}, with their count */
    public static EventIds of(Collection<?> ids) {
        List<Object> first = new ArrayList<>(Math.min(ids.size(), LIMIT));
        for (Object id : ids) {
            if (first.size() == LIMIT) {
                break;
            }
            first.add(id);
        }
        return new EventIds(first, ids.size());
    }

    /** @return one id */
    public static EventIds one(Object id) {
        return new EventIds(List.of(Objects.requireNonNull(id, "id")), 1);
    }

    /** @return {@code count} rows whose ids the event does not carry */
    public static EventIds countOnly(long count) {
        return new EventIds(List.of(), count);
    }

    /** @return whether {@link #ids()} holds every id */
    public boolean complete() {
        return ids.size() == count;
    }
}

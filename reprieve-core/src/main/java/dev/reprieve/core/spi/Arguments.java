package dev.reprieve.core.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Argument checks for Reprieve's public operations. They throw {@link IllegalArgumentException} naming the
 * argument, before anything touches the database, which is what Spring Data's repository contract promises
 * (its proxies translate it to {@code InvalidDataAccessApiUsageException}, as for Spring Data's own methods).
 */
public final class Arguments {

    private Arguments() {
    }

    /** @return {@code value}, which must not be null */
    public static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** @return the elements of {@code values} as a list; neither the iterable nor any element may be null */
    public static <T> List<T> requireNoNulls(Iterable<? extends T> values, String name) {
        requireNonNull(values, name);
        List<T> list = values instanceof Collection<?> c ? new ArrayList<>(c.size()) : new ArrayList<>();
        int index = 0;
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not contain null elements (element " + index + " is null)");
            }
            list.add(value);
            index++;
        }
        return list;
    }
}

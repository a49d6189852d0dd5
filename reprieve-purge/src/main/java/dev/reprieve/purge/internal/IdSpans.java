package dev.reprieve.purge.internal;

/** Arithmetic on id ranges, for choosing between range strides, selected ranges and deletion-time batches. */
final class IdSpans {

    private IdSpans() {
    }

    /**
     * Whether expired rows lie dense enough among the ids that the next ids are worth one batch on their own:
     * at least a quarter of them (a sparser stride would cost more statements than the select it saves). The
     * last stride of a dense stretch finds few or none, and the select takes over.
     */
    static boolean dense(long rows, long ids) {
        return rows * 4 >= ids;
    }

    /**
     * How many ids lie from {@code low} to {@code high}, both included, when ids are whole numbers (so that they
     * can be counted off without a query); -1 otherwise.
     */
    static long span(Object low, Object high) {
        return integral(low) && integral(high) ? ((Number) high).longValue() - ((Number) low).longValue() + 1 : -1;
    }

    private static boolean integral(Object id) {
        return id instanceof Long || id instanceof Integer || id instanceof Short;
    }
}

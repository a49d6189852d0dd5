package dev.reprieve.benchmarks;

/** Thrown when a benchmark measured something other than what it claims (a wrong row count, order or state). */
public final class BenchmarkCheck extends IllegalStateException {

    private BenchmarkCheck(String message) {
        super(message);
    }

    /** Throws unless {@code actual} equals {@code expected}. */
    public static void equal(Object expected, Object actual, String what) {
        if (!java.util.Objects.equals(expected, actual)) {
            throw new BenchmarkCheck(what + ": expected " + expected + ", got " + actual);
        }
    }

    /** @return this failure, its message prefixed with where it happened (a server, a variant) */
    public BenchmarkCheck in(String where) {
        BenchmarkCheck named = new BenchmarkCheck(where + ": " + getMessage());
        named.setStackTrace(getStackTrace());
        return named;
    }

    /** Throws unless {@code condition} holds. */
    public static void that(boolean condition, String what) {
        if (!condition) {
            throw new BenchmarkCheck(what);
        }
    }
}

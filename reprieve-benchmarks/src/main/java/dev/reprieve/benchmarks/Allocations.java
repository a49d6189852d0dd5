package dev.reprieve.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Bytes the current thread allocated, from HotSpot's per-thread counters ({@code com.sun.management.ThreadMXBean}):
 * a benchmark step runs on one thread, with Hibernate and the JDBC driver, so its delta is what the step allocated
 * (the database server's memory is not in it).
 */
public final class Allocations {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Allocations() {
    }

    /** @return bytes allocated by the current thread so far */
    public static long now() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    public static String format(long bytes) {
        return String.format(Locale.ROOT, "%,11d KB", bytes / 1024);
    }
}

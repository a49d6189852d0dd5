package dev.reprieve.benchmarks;

import java.io.PrintStream;
import java.util.List;

/**
 * How one benchmark runs: at full size (the figures in docs/benchmarks.md) or at a small size (the smoke test in
 * {@code mvn verify}, which proves the benchmark still runs and measures the right thing), on which servers, and
 * where it prints. Small runs use their own databases, so they never disturb the data a full run loaded.
 */
public record BenchRun(boolean small, List<BenchServer> servers, PrintStream out) {

    /** A full-size run on the servers {@code -Dbench.databases} selects, printing to standard output. */
    public static BenchRun full() {
        return new BenchRun(false, BenchServer.selected(), System.out);
    }

    /**
     * @return the database a benchmark uses for {@code base}: {@code _small} appended on small runs, and the
     *     environment's {@code REPRIEVE_TEST_DB_SUFFIX}, as the tests do, so that two checkouts do not collide
     */
    public String database(String base) {
        return base + (small ? "_small" : "") + System.getenv().getOrDefault("REPRIEVE_TEST_DB_SUFFIX", "");
    }

    /** @return {@code full} on a full-size run, {@code small} on a small one */
    public int size(int full, int small) {
        return this.small ? small : full;
    }

    /** The same run on other servers, or printing elsewhere. */
    public BenchRun with(List<BenchServer> servers, PrintStream out) {
        return new BenchRun(small, servers, out);
    }
}

package dev.reprieve.benchmarks;

/**
 * One benchmark of the suite: measures at the size {@code run} gives, prints its tables to {@code run.out()},
 * and throws when what it measured is wrong (wrong rows deleted, restored, purged or read), never on timings.
 */
@FunctionalInterface
public interface Benchmark {

    void run(BenchRun run) throws Exception;
}

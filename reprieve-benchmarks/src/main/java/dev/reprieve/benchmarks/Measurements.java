package dev.reprieve.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Repeats a measured step and reports its median, so that variants measured side by side in one run
 * can be compared as ratios (absolute times on a shared two-core machine are noise).
 */
public final class Measurements {

    private Measurements() {
    }

    /** One timed run: prepare is not timed, step is. */
    public interface Run {
        void prepare() throws Exception;

        void step() throws Exception;

        /** After each timed step, not timed: throws if the step did something other than what is measured. */
        default void check() throws Exception {
        }
    }

    /** @return the median wall time of {@code repetitions} runs, in milliseconds */
    public static double medianMillis(int repetitions, Run run) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            run.prepare();
            long start = System.nanoTime();
            run.step();
            times.add((System.nanoTime() - start) / 1_000_000.0);
            run.check();
        }
        return median(times);
    }

    /** @return the median of the values (the mean of the middle two for an even count) */
    public static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public static String format(double millis) {
        return String.format(Locale.ROOT, "%10.1f ms", millis);
    }

    public static String ratio(double value, double floor) {
        return String.format(Locale.ROOT, "%6.2fx", value / floor);
    }
}

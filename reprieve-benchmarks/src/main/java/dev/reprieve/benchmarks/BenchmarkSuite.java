package dev.reprieve.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every benchmark, one entry each, and the command that runs them all into one results file with the machine's
 * facts. Adding a benchmark to the suite (and to the smoke test in {@code mvn verify}) is one line in {@link #ALL}.
 *
 * <p>Run: {@code mvn -q -B -pl reprieve-benchmarks -am package -DskipTests -Pbench}; {@code -Dbench.size=small}
 * runs every benchmark at its smoke-test size, {@code -Dbench.only=cascade,purge} picks entries,
 * {@code -Dbench.databases=postgresql} picks a server. Writes {@code reprieve-benchmarks/target/benchmarks-<time>.md}.
 */
public final class BenchmarkSuite {

    /** A benchmark of the suite and the servers it measures on. */
    public record Entry(String name, Benchmark benchmark, List<BenchServer> servers) {
        Entry(String name, Benchmark benchmark) {
            this(name, benchmark, List.of(BenchServer.POSTGRES, BenchServer.MARIADB));
        }

        /** Runs the benchmark on those of {@code run}'s servers it supports; false if it supports none of them. */
        boolean runOn(BenchRun run) throws Exception {
            List<BenchServer> mine = run.servers().stream().filter(servers::contains).toList();
            if (mine.isEmpty()) {
                return false;
            }
            benchmark.run(run.with(mine, run.out()));
            return true;
        }
    }

    public static final List<Entry> ALL = List.of(
            new Entry("cascade", CascadeBenchmark::run),
            new Entry("bulk", BulkBenchmark::run),
            new Entry("purge", PurgeBenchmark::run),
            new Entry("alive-read", AliveReadBenchmark::run),
            new Entry("trash-paging", TrashPagingBenchmark::run),
            new Entry("tax", TaxBenchmark::run),
            new Entry("small-ops", SmallOperationsBenchmark::run),
            new Entry("trash-page", TrashPageBenchmark::run));

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        boolean small = "small".equals(System.getProperty("bench.size", "full"));
        String only = System.getProperty("bench.only", "");
        List<Entry> entries = ALL.stream()
                .filter(e -> only.isBlank() || Arrays.asList(only.split(",")).contains(e.name())).toList();
        BenchRun run = new BenchRun(small, BenchServer.selected(), System.out);
        Instant started = Instant.now();
        StringBuilder report = new StringBuilder();
        report.append("# Reprieve benchmarks, ").append(small ? "small size (smoke run)" : "full size").append(", ")
                .append(DateTimeFormatter.ISO_INSTANT.format(started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                .append("\n\n");
        report.append(MachineFacts.collect(run.servers()).markdown()).append('\n');
        List<String> failed = new ArrayList<>();
        for (Entry entry : entries) {
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream tee = new PrintStream(new Tee(System.out, captured), true, StandardCharsets.UTF_8);
            System.out.println("\n##### " + entry.name());
            long start = System.nanoTime();
            String status;
            try {
                status = entry.runOn(run.with(run.servers(), tee)) ? "passed its checks" : "skipped: needs " + entry.servers();
            } catch (Exception | AssertionError e) {
                failed.add(entry.name());
                status = "FAILED: " + e;
                e.printStackTrace(tee);
            }
            tee.flush();
            report.append("## ").append(entry.name()).append("\n\n")
                    .append(String.format(Locale.ROOT, "%s, %.0f s.%n%n", status, (System.nanoTime() - start) / 1e9))
                    .append("```\n").append(captured.toString(StandardCharsets.UTF_8).strip()).append("\n```\n\n");
        }
        Path file = Path.of(System.getProperty("bench.resultsDir", defaultResultsDir()), "benchmarks-"
                + DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").withZone(ZoneOffset.UTC).format(started)
                + (small ? "-small" : "") + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println("\nresults: " + file.toAbsolutePath());
        if (!failed.isEmpty()) {
            throw new IllegalStateException("benchmarks failed: " + failed + " (see " + file + ")");
        }
    }

    /** {@code target} of this module, whether Maven runs from the reactor root or from the module. */
    private static String defaultResultsDir() {
        return Files.isDirectory(Path.of("reprieve-benchmarks")) ? "reprieve-benchmarks/target" : "target";
    }

    /** Writes to two streams: the console and the captured output for the results file. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}

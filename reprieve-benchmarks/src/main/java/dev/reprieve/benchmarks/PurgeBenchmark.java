package dev.reprieve.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.sql.MariaDbDialect;
import dev.reprieve.core.spi.sql.PostgresDialect;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.purge.ArchiveMode;
import dev.reprieve.purge.PurgeMapping;
import dev.reprieve.purge.PurgePolicy;
import dev.reprieve.purge.PurgeReport;
import dev.reprieve.purge.Purger;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Retention purge on PostgreSQL and MariaDB, side by side in one run: Reprieve's batched purge (default settings),
 * one raw {@code DELETE ... WHERE deleted_at < ?} (the floor), and the load-and-remove way (load each expired
 * entity through JPA and remove it one by one, measured on 50,000 rows and scaled linearly). Raw DELETE and
 * Reprieve's purge alternate for {@code -Dpurge.rounds} rounds (default 5) with nothing else running, and the
 * medians are compared. Then a concurrent reader measures alive-row point reads before and during one more purge.
 *
 * <p>After every variant it checks that exactly the expired rows are gone and every alive row is kept.
 *
 * <p>Run alone: {@code mvn -q -B -pl reprieve-benchmarks -am package -DskipTests -Pbench
 * -Dbench.main=dev.reprieve.benchmarks.PurgeBenchmark} (rows: {@code -Dpurge.rows=1000000}; batch size:
 * {@code -Dpurge.batchSize=}, default Reprieve's; {@code -Dpurge.archive=TABLE} for the locked-batch path; {@code -Dpurge.seedRows=0} skips the slow load-and-remove variant; {@code -Dpurge.spacing=100} makes one id in 100 expired;
 * see docs/benchmarks.md).
 */
public final class PurgeBenchmark {

    private static final int BATCH_SIZE = Integer.getInteger("purge.batchSize", Purger.DEFAULT_BATCH_SIZE);
    /** One id in {@code SPACING} is expired, the others alive: 2 is the table, 100 a daily purge's. */
    private static final int SPACING = Integer.getInteger("purge.spacing", 2);

    private PurgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(BenchRun.full());
    }

    /** Full size: 1,000,000 expired rows, 5 rounds, load-and-remove way on 50,000; small: 2,000 expired, 1 round, 100. */
    public static void run(BenchRun run) throws Exception {
        int rows = run.size(Integer.getInteger("purge.rows", 1_000_000), 2_000);
        int seedRows = run.size(Integer.getInteger("purge.seedRows", 50_000), 100);
        int rounds = run.size(Integer.getInteger("purge.rounds", 5), 1);
        for (BenchServer server : run.servers()) {
            run(run, server, rows, seedRows, rounds);
        }
    }

    private static void run(BenchRun run, BenchServer server, int rows, int seedRows, int rounds) throws Exception {
        PrintStream out = run.out();
        String database = run.database("reprieve_bench");
        server.ensureDatabase(database);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url(database));
        config.setUsername(server.user());
        config.setMaximumPoolSize(4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            out.printf(Locale.ROOT, "%n=== %s: %,d expired + %,d alive rows (one id in %d expired), batch size %d%s ===%n",
                    server.name(), rows, (long) rows * (SPACING - 1), SPACING, BATCH_SIZE,
                    BATCH_SIZE == Purger.DEFAULT_BATCH_SIZE ? " (default)" : "");

            // raw DELETE and Reprieve's purge alternate, each on a freshly loaded table and with nothing else running
            List<Double> raws = new ArrayList<>();
            List<Double> purges = new ArrayList<>();
            long longest = 0;
            for (int round = 1; round <= rounds; round++) {
                load(server, dataSource, rows);
                int[] removed = new int[1];
                long allocated = Allocations.now();
                double raw = time(() -> removed[0] = rawDelete(dataSource));
                long rawBytes = Allocations.now() - allocated;
                BenchmarkCheck.equal(rows, removed[0], "rows the raw DELETE removed");
                checkPurged(dataSource, rows, "raw DELETE");
                load(server, dataSource, rows);
                PurgeReport[] report = new PurgeReport[1];
                Purger purger = reprievePurger(server, dataSource);
                allocated = Allocations.now();
                double purge = time(() -> report[0] = purger.purge());
                long purgeBytes = Allocations.now() - allocated;
                PurgeReport.EntityPurge todo = report[0].entities().get(0);
                BenchmarkCheck.equal((long) rows, todo.purged(), "rows the purge reports");
                checkPurged(dataSource, rows, "Reprieve purge");
                longest = Math.max(longest, todo.longestBatch().toMillis());
                raws.add(raw);
                purges.add(purge);
                out.println("round " + round + ": raw DELETE " + Measurements.format(raw) + ", Reprieve purge "
                        + Measurements.format(purge) + "  " + Measurements.ratio(purge, raw) + "; " + todo.batches()
                        + " batches, longest " + todo.longestBatch().toMillis() + " ms; " + todo.purged() + " rows;"
                        + " allocated on the calling thread: raw DELETE" + Allocations.format(rawBytes) + ", purge"
                        + Allocations.format(purgeBytes) + String.format(Locale.ROOT, " (%.1f bytes per purged row)",
                                (double) purgeBytes / rows));
            }
            double rawMillis = Measurements.median(raws);
            double purgeMillis = Measurements.median(purges);
            out.println("raw DELETE (floor), median   " + Measurements.format(rawMillis));
            out.println("Reprieve purge, median       " + Measurements.format(purgeMillis) + "  "
                    + Measurements.ratio(purgeMillis, rawMillis) + " of raw; longest batch of all rounds " + longest
                    + " ms");

            // alive reads: a reader thread reads alive rows by id before and during one more purge
            load(server, dataSource, rows);
            Reader reader = new Reader(dataSource, rows);
            double before = reader.medianMicros(Duration.ofMillis(run.size(3_000, 200)));
            reader.start();
            PurgeReport[] report = new PurgeReport[1];
            double readPurgeMillis = time(() -> report[0] = reprievePurger(server, dataSource).purge());
            double during = reader.stop();
            checkPurged(dataSource, rows, "Reprieve purge beside a reader");
            out.printf(Locale.ROOT, "alive point read, median     before %.0f us, during purge %.0f us (%.2fx);"
                    + " that purge (sharing the 2 cores with the reader) took %s, longest batch %d ms%n", before, during,
                    during / before, Measurements.format(readPurgeMillis).trim(),
                    report[0].entities().get(0).longestBatch().toMillis());

            if (seedRows <= 0) {
                return;
            }
            load(server, dataSource, seedRows);
            double seedMillis = time(() -> seedWay(dataSource));
            checkPurged(dataSource, seedRows, "load-and-remove way");
            double seedScaled = seedMillis * rows / seedRows;
            out.println("load-and-remove way, " + seedRows + " rows     " + Measurements.format(seedMillis)
                    + "  scaled to " + rows + ": " + Measurements.format(seedScaled) + "  "
                    + Measurements.ratio(seedScaled, purgeMillis) + " of Reprieve, "
                    + Measurements.ratio(seedScaled, rawMillis) + " of raw");
        }
    }

    /** After a purge of a table {@link #load}ed with {@code rows} expired rows: every expired row gone, every alive one kept. */
    private static void checkPurged(HikariDataSource dataSource, int rows, String variant) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long alive = (long) rows * (SPACING - 1);
            BenchmarkCheck.equal(0L, BenchJdbc.count(s, "SELECT COUNT(*) FROM bench_todo WHERE deleted_at IS NOT NULL"),
                    variant + ": expired rows left");
            BenchmarkCheck.equal(alive, BenchJdbc.count(s, "SELECT COUNT(*) FROM bench_todo WHERE deleted_at IS NULL"
                    + " AND MOD(id, " + SPACING + ") <> 0"), variant + ": alive rows kept");
            BenchmarkCheck.equal(alive, BenchJdbc.count(s, "SELECT COUNT(*) FROM bench_todo"), variant + ": rows left");
        }
    }

    private static Purger reprievePurger(BenchServer server, HikariDataSource dataSource) {
        SoftDeleteTable table = new SoftDeleteTable("Todo", SeedTodo.class, "bench_todo", "id", "deleted_at",
                "deleted_by", "deletion_id", Duration.ofDays(30));
        ArchiveMode archive = ArchiveMode.valueOf(System.getProperty("purge.archive", "NONE"));
        Purger purger = new Purger(dataSource, dialect(server),
                List.of(new PurgePolicy(table, table.retention(), null, null, archive)), PurgeMapping.EMPTY,
                Clock.systemUTC(), BATCH_SIZE, null, null);
        purger.prepare();
        return purger;
    }

    private static int rawDelete(HikariDataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM bench_todo WHERE deleted_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(30))));
            return ps.executeUpdate();
        }
    }

    /** The naive way: every expired todo loaded as an entity, then removed one by one, each in its own transaction. */
    private static void seedWay(HikariDataSource dataSource) {
        Configuration cfg = new Configuration().addAnnotatedClass(SeedTodo.class);
        cfg.getProperties().put(AvailableSettings.DATASOURCE, dataSource);
        try (SessionFactory factory = cfg.buildSessionFactory()) {
            Instant cutoff = Instant.now().minus(Duration.ofDays(30));
            List<SeedTodo> expired = factory.fromSession(s -> s.createSelectionQuery(
                    "from SeedTodo t where t.deletedAt < :cutoff", SeedTodo.class).setParameter("cutoff", cutoff).list());
            for (SeedTodo todo : expired) {
                factory.inTransaction(s -> s.remove(s.merge(todo)));
            }
        }
    }

    private static SoftDeleteDialect dialect(BenchServer server) {
        return server.postgres() ? new PostgresDialect() : new MariaDbDialect();
    }

    /**
     * {@code rows} expired rows (deleted 31+ days ago, each at its own time) among {@code rows * (SPACING - 1)} alive
     * ones, indexed as Reprieve does; loaded set-based ({@code generate_series}, MariaDB's {@code seq_1_to_N}).
     */
    private static void load(BenchServer server, HikariDataSource dataSource, int rows) throws Exception {
        boolean pg = server.postgres();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_todo");
            s.execute("CREATE TABLE bench_todo (id BIGINT PRIMARY KEY, title VARCHAR(200), deleted_at "
                    + (pg ? "TIMESTAMP(6) WITH TIME ZONE" : "DATETIME(6)") + ", deleted_by VARCHAR(255), deletion_id VARCHAR(255))");
            String expired = "MOD(g, " + SPACING + ") = 0";
            String deletedAt = pg ? "now() - interval '31 days' - ((g * 7919) % 1000000) * interval '1 second'"
                    : "NOW(6) - INTERVAL 31 DAY - INTERVAL MOD(g * 7919, 1000000) SECOND";
            long total = (long) SPACING * rows;
            s.execute("INSERT INTO bench_todo SELECT g, CONCAT('todo number ', g),"
                    + " CASE WHEN " + expired + " THEN " + deletedAt + " END,"
                    + " CASE WHEN " + expired + " THEN 'alice' END, CASE WHEN " + expired + " THEN MD5(CAST(g AS CHAR(20))) END"
                    + " FROM " + (pg ? "generate_series(1::bigint, " + total + ") AS t(g)" : "(SELECT seq AS g FROM seq_1_to_" + total + ") t"));
            SoftDeleteTable table = new SoftDeleteTable("Todo", SeedTodo.class, "bench_todo", "id", "deleted_at",
                    "deleted_by", "deletion_id", null);
            for (String ddl : dialect(server).createIndexes(table)) {
                s.execute(ddl);
            }
            if (pg) {
                s.execute("VACUUM ANALYZE bench_todo");
                s.execute("CHECKPOINT");
            } else {
                s.execute("ANALYZE TABLE bench_todo");
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static double time(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    /** Reads random alive rows by id, one at a time, recording each latency. */
    private static final class Reader {
        private final HikariDataSource dataSource;
        private final int rows;
        private final AtomicBoolean running = new AtomicBoolean();
        private final List<Long> latencies = new ArrayList<>();
        private volatile Exception failure;
        private Thread thread;

        Reader(HikariDataSource dataSource, int rows) {
            this.dataSource = dataSource;
            this.rows = rows;
        }

        double medianMicros(Duration window) throws Exception {
            start();
            Thread.sleep(window.toMillis());
            return stop();
        }

        void start() {
            latencies.clear();
            running.set(true);
            thread = new Thread(() -> {
                try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                        "SELECT id, title FROM bench_todo WHERE id = ? AND deleted_at IS NULL")) {
                    while (running.get()) {
                        // ids that are not a multiple of SPACING are alive
                        ps.setLong(1, (long) SPACING * ThreadLocalRandom.current().nextInt(rows) + 1);
                        long start = System.nanoTime();
                        try (ResultSet rs = ps.executeQuery()) {
                            BenchmarkCheck.that(rs.next(), "an alive row went missing during the purge");
                        }
                        synchronized (latencies) {
                            latencies.add(System.nanoTime() - start);
                        }
                    }
                } catch (Exception e) {
                    failure = e;
                }
            }, "alive-reader");
            thread.start();
        }

        double stop() throws Exception {
            running.set(false);
            thread.join();
            if (failure != null) {
                throw failure;
            }
            synchronized (latencies) {
                List<Long> sorted = new ArrayList<>(latencies);
                sorted.sort(Long::compare);
                return sorted.get(sorted.size() / 2) / 1000.0;
            }
        }
    }
}

package dev.reprieve.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.purge.ArchiveMode;
import dev.reprieve.core.purge.PurgePlan;
import dev.reprieve.core.purge.PurgeMapping;
import dev.reprieve.core.purge.PurgePlanner;
import dev.reprieve.core.purge.PurgePolicy;
import dev.reprieve.core.purge.PurgeReport;
import dev.reprieve.core.purge.Purger;
import dev.reprieve.core.sql.PostgresDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Retention purge on PostgreSQL, side by side in one run: Reprieve's batched purge (default settings),
 * one raw {@code DELETE ... WHERE deleted_at < ?} (the floor), and the seed-004 way (load each expired
 * entity through JPA and remove it one by one, measured on 50,000 rows and scaled linearly). Raw DELETE and
 * Reprieve's purge alternate for {@code -Dpurge.rounds} rounds (default 5) with nothing else running, and the
 * medians are compared. Then a concurrent reader measures alive-row point reads before and during one more purge.
 *
 * <p>Run: {@code mvn -q -B -pl reprieve-benchmarks -am package exec:java -DskipTests
 * -Dexec.mainClass=dev.reprieve.benchmarks.PurgeBenchmark} (rows: {@code -Dpurge.rows=1000000}; batch size:
 * {@code -Dpurge.batchSize=}, default Reprieve's; {@code -Dpurge.archive=TABLE} for the locked-batch path; {@code -Dpurge.seedRows=0} skips the slow seed-004 variant; {@code -Dpurge.spacing=100} makes one id in 100 expired;
 * see docs/benchmarks.md).
 */
public final class PurgeBenchmark {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/reprieve_bench";
    private static final String USER = "postgres";
    private static final int SEED_ROWS = Integer.getInteger("purge.seedRows", 50_000);
    private static final int BATCH_SIZE = Integer.getInteger("purge.batchSize", Purger.DEFAULT_BATCH_SIZE);
    /** One id in {@code SPACING} is expired, the others alive: 2 is the table, 100 a daily purge's. */
    private static final int SPACING = Integer.getInteger("purge.spacing", 2);

    private PurgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("purge.rows", 1_000_000);
        createDatabase();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setUsername(USER);
        config.setMaximumPoolSize(4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            System.out.printf(Locale.ROOT, "PostgreSQL, %,d expired + %,d alive rows (one id in %d expired), batch size %d%s%n",
                    rows, (long) rows * (SPACING - 1), SPACING, BATCH_SIZE,
                    BATCH_SIZE == Purger.DEFAULT_BATCH_SIZE ? " (default)" : "");

            // raw DELETE and Reprieve's purge alternate, each on a freshly loaded table and with nothing else running
            int rounds = Integer.getInteger("purge.rounds", 5);
            List<Double> raws = new ArrayList<>();
            List<Double> purges = new ArrayList<>();
            long longest = 0;
            for (int round = 1; round <= rounds; round++) {
                load(dataSource, rows);
                double raw = time(() -> rawDelete(dataSource));
                load(dataSource, rows);
                PurgeReport[] report = new PurgeReport[1];
                double purge = time(() -> report[0] = reprievePurger(dataSource).purge());
                PurgeReport.EntityPurge todo = report[0].entities().get(0);
                longest = Math.max(longest, todo.longestBatch().toMillis());
                raws.add(raw);
                purges.add(purge);
                System.out.println("round " + round + ": raw DELETE " + Measurements.format(raw) + ", Reprieve purge "
                        + Measurements.format(purge) + "  " + Measurements.ratio(purge, raw) + "; " + todo.batches()
                        + " batches, longest " + todo.longestBatch().toMillis() + " ms; " + todo.purged() + " rows");
            }
            double rawMillis = Measurements.median(raws);
            double purgeMillis = Measurements.median(purges);
            System.out.println("raw DELETE (floor), median   " + Measurements.format(rawMillis));
            System.out.println("Reprieve purge, median       " + Measurements.format(purgeMillis) + "  "
                    + Measurements.ratio(purgeMillis, rawMillis) + " of raw; longest batch of all rounds " + longest
                    + " ms");

            // alive reads: a reader thread reads alive rows by id before and during one more purge
            load(dataSource, rows);
            Reader reader = new Reader(dataSource, rows);
            double before = reader.medianMicros(Duration.ofSeconds(3));
            reader.start();
            PurgeReport[] report = new PurgeReport[1];
            double readPurgeMillis = time(() -> report[0] = reprievePurger(dataSource).purge());
            double during = reader.stop();
            System.out.printf(Locale.ROOT, "alive point read, median     before %.0f us, during purge %.0f us (%.2fx);"
                    + " that purge (sharing the 2 cores with the reader) took %s, longest batch %d ms%n", before, during,
                    during / before, Measurements.format(readPurgeMillis).trim(),
                    report[0].entities().get(0).longestBatch().toMillis());

            if (SEED_ROWS <= 0) {
                return;
            }
            load(dataSource, SEED_ROWS);
            double seedMillis = time(() -> seedWay(dataSource));
            double seedScaled = seedMillis * rows / SEED_ROWS;
            System.out.println("seed-004 way, " + SEED_ROWS + " rows     " + Measurements.format(seedMillis)
                    + "  scaled to " + rows + ": " + Measurements.format(seedScaled) + "  "
                    + Measurements.ratio(seedScaled, purgeMillis) + " of Reprieve, "
                    + Measurements.ratio(seedScaled, rawMillis) + " of raw");
        }
    }

    private static Purger reprievePurger(HikariDataSource dataSource) {
        SoftDeleteTable table = new SoftDeleteTable("Todo", SeedTodo.class, "bench_todo", "id", "deleted_at",
                "deleted_by", "deletion_id", Duration.ofDays(30));
        ArchiveMode archive = ArchiveMode.valueOf(System.getProperty("purge.archive", "NONE"));
        PurgePlan plan = PurgePlanner.plan(List.of(new PurgePolicy(table, table.retention(), null, null, archive)),
                PurgeMapping.EMPTY);
        Purger purger = new Purger(dataSource, new PostgresDialect(), plan, Clock.systemUTC(), BATCH_SIZE, null, null);
        purger.prepare();
        return purger;
    }

    private static void rawDelete(HikariDataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM bench_todo WHERE deleted_at < ?")) {
            ps.setObject(1, Instant.now().minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    /** Seed 004: every expired todo loaded as an entity, then removed one by one, each in its own transaction. */
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

    /** {@code rows} expired rows (deleted 31+ days ago) interleaved with {@code rows} alive ones, indexed as Reprieve does. */
    private static void load(HikariDataSource dataSource, int rows) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_todo");
            s.execute("CREATE TABLE bench_todo (id BIGINT PRIMARY KEY, title VARCHAR(200),"
                    + " deleted_at TIMESTAMP(6) WITH TIME ZONE, deleted_by VARCHAR(255), deletion_id VARCHAR(255))");
            String expired = "g % " + SPACING + " = 0";
            s.execute("INSERT INTO bench_todo SELECT g, 'todo number ' || g,"
                    + " CASE WHEN " + expired + " THEN now() - interval '31 days' - ((g::bigint * 7919) % 1000000) * interval '1 second' END,"
                    + " CASE WHEN " + expired + " THEN 'alice' END, CASE WHEN " + expired + " THEN md5(g::text) END"
                    + " FROM generate_series(1, " + ((long) SPACING * rows) + ") g");
            SoftDeleteTable table = new SoftDeleteTable("Todo", SeedTodo.class, "bench_todo", "id", "deleted_at",
                    "deleted_by", "deletion_id", null);
            for (String ddl : new PostgresDialect().createIndexes(table)) {
                s.execute(ddl);
            }
            s.execute("VACUUM ANALYZE bench_todo");
            s.execute("CHECKPOINT");
        }
    }

    private static void createDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, ""); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'reprieve_bench'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE reprieve_bench");
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
                            if (!rs.next()) {
                                throw new IllegalStateException("an alive row went missing");
                            }
                        }
                        synchronized (latencies) {
                            latencies.add(System.nanoTime() - start);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "alive-reader");
            thread.start();
        }

        double stop() throws InterruptedException {
            running.set(false);
            thread.join();
            synchronized (latencies) {
                List<Long> sorted = new ArrayList<>(latencies);
                sorted.sort(Long::compare);
                return sorted.get(sorted.size() / 2) / 1000.0;
            }
        }
    }
}

package dev.reprieve.benchmarks;

import dev.reprieve.benchmarks.alive.BenchAlivePost;
import dev.reprieve.benchmarks.alive.BenchParent;
import dev.reprieve.benchmarks.alive.BenchPlainPost;
import dev.reprieve.benchmarks.alive.BenchPost;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.ReprieveSettings;
import dev.reprieve.hibernate.ReprieveStatementInspector;
import dev.reprieve.hibernate.SoftDeletableEntity;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * a page of alive rows for one parent ({@code WHERE parent_id = ? ORDER BY id LIMIT 50}, through
 * Hibernate with Reprieve's filter) on a 2,000,000-row table where half the rows are soft-deleted, against
 * the same read on a table holding only the 1,000,000 alive rows, and against a plain foreign-key index.
 * Prints median latencies, ratios and the plan each database chose. Data is loaded once, set-based, and
 * reused by later runs (-Dbench.reload=true loads it again).
 *
 * <p>Every measured page is checked, untimed: the parent's first 50 alive ids in order, no deleted row.
 *
 * <p>Run alone: {@code mvn -q -B -pl reprieve-benchmarks -am package -DskipTests -Pbench
 * -Dbench.main=dev.reprieve.benchmarks.AliveReadBenchmark}
 */
public final class AliveReadBenchmark {

    static final int PAGE = 50;
    static final int ROUNDS = 5;

    /** Rows of {@code bench_post} (the older half of each parent's deleted), parents, warm-up and measured queries. */
    final int rows;
    final int parents;
    final int warmup;
    final int queries;
    /** The benchmark's own database on each server. */
    final String database;
    final BenchServer server;
    final PrintStream out;

    private AliveReadBenchmark(BenchRun run, BenchServer server) {
        this.rows = run.size(2_000_000, 4_000);
        this.parents = run.size(1_000, 20);
        this.warmup = run.size(Integer.getInteger("bench.warmup", 2_000), 20);
        this.queries = run.size(Integer.getInteger("bench.queries", 5_000), 100);
        this.database = run.database("reprieve_bench");
        this.server = server;
        this.out = run.out();
    }

    public static void main(String[] args) throws Exception {
        run(BenchRun.full());
    }

    /** Full size: 2,000,000 rows, 1,000 parents, 5,000 queries per variant; small: 4,000 rows, 20 parents, 100. */
    public static void run(BenchRun run) throws Exception {
        for (BenchServer server : run.servers()) {
            new AliveReadBenchmark(run, server).run();
        }
    }

    void run() throws Exception {
        out.printf(Locale.ROOT, "%n=== %s: %,d rows, half soft-deleted, %,d parents, page of %d; median of %d rounds of %,d queries after %,d warm-up ===%n",
                server.name(), rows, parents, PAGE, ROUNDS, queries / ROUNDS, warmup);
        server.ensureDatabase(database);
        boolean loaded = !Boolean.getBoolean("bench.reload") && isLoaded(server);
        try (SessionFactory factory = boot(server, loaded ? "update" : "create")) {
            ReprieveRuntime runtime = ReprieveRuntime.of(factory);
            if (!loaded) {
                long start = System.nanoTime();
                load(server);
                out.printf(Locale.ROOT, "loaded in %.0f s%n", (System.nanoTime() - start) / 1e9);
            }
            SoftDeleteTable plainPosts = runtime.model().forType(BenchPlainPost.class).orElseThrow();
            // the contrast table keeps Reprieve's other indexes but reads through a plain foreign-key index;
            // create before drop: on MariaDB the foreign key needs an index on parent_id at all times
            execute(server, "CREATE INDEX IF NOT EXISTS bench_plain_post_parent_idx ON bench_plain_post (parent_id)",
                    dropIndex(server, SoftDeleteDialect.aliveForeignKeyIndexName(plainPosts, "parent_id"), "bench_plain_post"));
            analyze(server);

            // the three variants alternate in rounds so that cache, JIT and machine drift hit them alike
            List<Class<?>> variants = List.of(BenchAlivePost.class, BenchPost.class, BenchPlainPost.class);
            List<List<Double>> rounds = new ArrayList<>();
            for (Class<?> variant : variants) {
                warmUp(factory, variant);
                rounds.add(new ArrayList<>());
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (int v = 0; v < variants.size(); v++) {
                    rounds.get(v).add(measure(factory, variants.get(v), round));
                }
            }
            double aliveOnly = Measurements.median(rounds.get(0));
            double reprieve = Measurements.median(rounds.get(1));
            double plain = Measurements.median(rounds.get(2));
            String planAliveOnly = explain(server, "bench_alive_post");
            String planReprieve = explain(server, "bench_post");
            String planPlain = explain(server, "bench_plain_post");

            out.printf(Locale.ROOT, "%-58s %12s %8s%n", "variant", "median", "ratio");
            row(String.format(Locale.ROOT, "%,d", rows / 2) + " alive rows only, Reprieve's indexes (floor)", aliveOnly, aliveOnly);
            row(String.format(Locale.ROOT, "%,d", rows) + " rows, half deleted, Reprieve's indexes", reprieve, aliveOnly);
            out.println("per-round medians (ms): alive only " + rounds(rounds.get(0)) + ", Reprieve " + rounds(rounds.get(1))
                    + ", plain " + rounds(rounds.get(2)));
            row(String.format(Locale.ROOT, "%,d", rows) + " rows, half deleted, plain index on parent_id", plain, aliveOnly);
            out.println("\nplan, Reprieve's indexes, half deleted:\n" + planReprieve);
            out.println("plan, alive rows only:\n" + planAliveOnly);
            out.println("plan, plain parent_id index, half deleted:\n" + planPlain);
        }
    }

    void row(String label, double millis, double floor) {
        out.printf(Locale.ROOT, "%-58s %9.3f ms %7.2fx%n", label, millis, millis / floor);
    }

    String rounds(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).toList().toString();
    }

    void warmUp(SessionFactory factory, Class<?> type) throws Exception {
        runQueries(factory, type, -1, warmup);
    }

    /** Median latency of one round: first pages of alive rows of random parents, through Hibernate and the filter. */
    double measure(SessionFactory factory, Class<?> type, int round) throws Exception {
        return runQueries(factory, type, round, queries / ROUNDS);
    }

    double runQueries(SessionFactory factory, Class<?> type, int seed, int count) throws Exception {
        String hql = "from " + type.getSimpleName() + " p where p.parent.id = :parent order by p.id";
        Random random = new Random(seed);
        long[] parent = new long[1];
        try (Session session = factory.openSession()) {
            Measurements.Run run = new Measurements.Run() {
                @Override
                public void prepare() {
                    session.clear();
                    parent[0] = 1 + random.nextInt(parents);
                }

                @Override
                public void step() {
                    page = session.createSelectionQuery(hql, type).setParameter("parent", parent[0])
                            .setMaxResults(PAGE).getResultList();
                }

                List<?> page;

                /** The page holds the parent's first 50 alive rows, in id order, and no deleted one. */
                @Override
                public void check() {
                    List<Object> ids = new ArrayList<>();
                    for (Object post : page) {
                        BenchmarkCheck.that(!(post instanceof SoftDeletableEntity e) || e.getDeletedAt() == null,
                                type.getSimpleName() + ": a deleted row in the page of parent " + parent[0]);
                        ids.add(session.getIdentifier(post));
                    }
                    BenchmarkCheck.equal(expectedPage(parent[0]), ids, type.getSimpleName() + ": ids of the page of parent " + parent[0]);
                }
            };
            return Measurements.medianMillis(count, run);
        }
    }

    /** Parent p's rows are the ids congruent to p - 1 modulo the parent count; the upper half of the ids is alive. */
    List<Long> expectedPage(long parent) {
        long firstAlive = rows / 2 + 1;
        long first = firstAlive + Math.floorMod(parent - 1 - firstAlive, parents);
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < PAGE; k++) {
            ids.add(first + (long) k * parents);
        }
        return ids;
    }

    SessionFactory boot(BenchServer server, String ddl) {
        Configuration cfg = new Configuration();
        cfg.addAnnotatedClass(BenchParent.class);
        cfg.addAnnotatedClass(BenchPost.class);
        cfg.addAnnotatedClass(BenchAlivePost.class);
        cfg.addAnnotatedClass(BenchPlainPost.class);
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_URL, server.url(database));
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_USER, server.user());
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "");
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, ddl);
        cfg.setProperty(AvailableSettings.STATEMENT_INSPECTOR, ReprieveStatementInspector.class.getName());
        cfg.setProperty(ReprieveSettings.SCHEMA_CHECK, "off"); // the contrast table lacks an index on purpose
        return cfg.buildSessionFactory();
    }

    /** Set-based loading: generate_series on PostgreSQL, the SEQUENCE engine on MariaDB. */
    void load(BenchServer server) throws SQLException {
        boolean pg = server.postgres();
        String series = pg ? "generate_series(1, " + rows + ") AS s(seq)" : "seq_1_to_" + rows;
        String parentSeries = pg ? "generate_series(1, " + parents + ") AS s(seq)" : "seq_1_to_" + parents;
        String parentOf = "1 + MOD(seq, " + parents + ")";
        String deleted = "seq <= " + rows / 2;
        String deletedAt = pg ? "TIMESTAMP '2026-01-01 00:00:00' + seq * INTERVAL '1 second'"
                : "TIMESTAMP '2026-01-01 00:00:00' + INTERVAL seq SECOND";
        execute(server,
                "INSERT INTO bench_parent (id, name) SELECT seq, CONCAT('parent ', seq) FROM " + parentSeries,
                // each parent has 2,000 rows; its older 1,000 (the lower ids) are deleted, as when old data is
                // cleaned up: an index that does not know deleted_at must step over them before the first page
                "INSERT INTO bench_post (id, parent_id, title, deleted_at, deleted_by, deletion_id) SELECT seq, " + parentOf
                        + ", CONCAT('post ', seq), CASE WHEN " + deleted + " THEN " + deletedAt
                        + " END, CASE WHEN " + deleted + " THEN 'bench' END, CASE WHEN " + deleted + " THEN CONCAT('bench-', seq) END FROM " + series,
                "INSERT INTO bench_alive_post (id, parent_id, title) SELECT id, parent_id, title FROM bench_post WHERE deleted_at IS NULL",
                "INSERT INTO bench_plain_post (id, parent_id, title, deleted_at, deleted_by, deletion_id)"
                        + " SELECT id, parent_id, title, deleted_at, deleted_by, deletion_id FROM bench_post");
    }

    boolean isLoaded(BenchServer server) {
        try (Connection c = DriverManager.getConnection(server.url(database), server.user(), "");
                Statement s = c.createStatement()) {
            return BenchJdbc.count(s, "SELECT COUNT(*) FROM bench_post") == rows
                    && BenchJdbc.count(s, "SELECT COUNT(*) FROM bench_post WHERE id <= " + rows / 2 + " AND deleted_at IS NOT NULL") == rows / 2
                    && BenchJdbc.count(s, "SELECT COUNT(*) FROM bench_alive_post") == rows / 2
                    && BenchJdbc.count(s, "SELECT COUNT(*) FROM bench_plain_post") == rows;
        } catch (SQLException missing) {
            return false;
        }
    }

    void analyze(BenchServer server) throws SQLException {
        if (server.postgres()) {
            execute(server, "VACUUM ANALYZE bench_post", "VACUUM ANALYZE bench_alive_post", "VACUUM ANALYZE bench_plain_post");
        } else {
            execute(server, "ANALYZE TABLE bench_post", "ANALYZE TABLE bench_alive_post", "ANALYZE TABLE bench_plain_post");
        }
    }

    String dropIndex(BenchServer server, String index, String table) {
        return server.postgres() ? "DROP INDEX IF EXISTS " + index
                : "DROP INDEX IF EXISTS " + index + " ON " + table;
    }

    /** The plan of the SQL Hibernate sends (filter condition included), for one parent. */
    String explain(BenchServer server, String table) throws SQLException {
        String sql = "SELECT id, deleted_at, deleted_by, deletion_id, parent_id, title FROM " + table
                + " WHERE parent_id = 500 AND deleted_at IS NULL ORDER BY id LIMIT " + PAGE;
        String explain = server.postgres() ? "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) " + sql : "EXPLAIN " + sql;
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(server.url(database), server.user(), "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(explain)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                header.add(meta.getColumnLabel(i));
            }
            if (meta.getColumnCount() > 1) {
                out.append("    ").append(String.join(" | ", header)).append('\n');
            }
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    cells.add(String.valueOf(rs.getString(i)));
                }
                out.append("    ").append(String.join(" | ", cells)).append('\n');
            }
        }
        return out.toString();
    }

    void execute(BenchServer server, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url(database), server.user(), "");
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}

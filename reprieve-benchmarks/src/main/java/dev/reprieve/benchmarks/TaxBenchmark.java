package dev.reprieve.benchmarks;

import java.io.PrintStream;
import dev.reprieve.benchmarks.tax.AliveChild;
import dev.reprieve.benchmarks.tax.AliveParent;
import dev.reprieve.benchmarks.tax.HalfChild;
import dev.reprieve.benchmarks.tax.HalfParent;
import dev.reprieve.benchmarks.tax.PlainChild;
import dev.reprieve.benchmarks.tax.PlainParent;
import dev.reprieve.hibernate.ReprieveSettings;
import dev.reprieve.hibernate.ReprieveStatementInspector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongPredicate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.stat.Statistics;

/**
 * The tax on alive work: the same requests through plain Hibernate entities and through
 * Reprieve's soft-deletable ones (same columns, same data, same indexes), on a table with no deleted row and
 * on one where half the rows are deleted. Each request opens a session and a transaction, does one
 * operation, commits and closes. Variants alternate in rounds; the report gives per-request CPU time of the
 * calling thread (the Java side, where the tax was) and wall time, as medians of per-round medians, ratios
 * with their spread over rounds, and Hibernate's query-plan cache hits and statements per request.
 *
 * <p>Run: {@code mvn -q -B -pl reprieve-benchmarks -am package -DskipTests -Pbench
 * -Dbench.main=dev.reprieve.benchmarks.TaxBenchmark}
 */
public final class TaxBenchmark {

    static final int PAGE = 50;
    static final long NEW_IDS = 10_000_000L;

    /** Parents and children of each table, measured rounds, requests per round and warm-up requests. */
    final int parents;
    final int children;
    final int rounds;
    final int ops;
    final int warmup;
    /** The benchmark's own database on each server. */
    final String database;
    final BenchServer server;
    final PrintStream out;

    private TaxBenchmark(BenchRun run, BenchServer server) {
        this.parents = run.size(1_000, 20);
        this.children = run.size(100_000, 2_000);
        this.rounds = run.size(Integer.getInteger("bench.rounds", 7), 1);
        this.ops = run.size(Integer.getInteger("bench.ops", 300), 20);
        this.warmup = run.size(Integer.getInteger("bench.warmup", 1_500), 20);
        this.database = run.database("reprieve_tax");
        this.server = server;
        this.out = run.out();
    }

    enum Op {
        FIND_BY_ID, PAGE_BY_PARENT, JPQL_JOIN, SAVE_NEW, UPDATE, EXISTS_BY_ID, COUNT;

        /** count reads the whole table: fewer repetitions keep the run short without changing its median */
        int share(int ops) {
            return this == COUNT ? Math.max(10, ops / 10) : ops;
        }
    }

    /** One side of the comparison: a session factory and the entity classes it reads. */
    record Variant(String name, SessionFactory factory, Class<?> child, Class<?> parent, LongPredicate alive, long rows) {

        long randomAliveChild(Random random) {
            while (true) {
                long id = 1 + (long) (random.nextDouble() * rows);
                if (alive.test(id)) {
                    return id;
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        run(BenchRun.full());
    }

    /** Full size: 100,000 children of 1,000 parents per table, 7 rounds of 300 requests; small: 2,000 of 20, 1 of 20. */
    public static void run(BenchRun run) throws Exception {
        for (BenchServer server : run.servers()) {
            new TaxBenchmark(run, server).run();
        }
    }

    void run() throws Exception {
        out.printf(Locale.ROOT, "%n=== %s: %,d children of %,d parents (half-deleted table: %,d rows); %d rounds of %d requests"
                + " per operation and variant after %,d warm-up ===%n", server.name(), children, parents, 2 * children, rounds, ops, warmup);
        server.ensureDatabase(database);
        try (SessionFactory plain = boot(server, false, PlainParent.class, PlainChild.class);
                SessionFactory reprieve = boot(server, true, AliveParent.class, AliveChild.class, HalfParent.class, HalfChild.class)) {
            load(server);
            List<Variant> variants = List.of(
                    new Variant("plain", plain, PlainChild.class, PlainParent.class, id -> true, children),
                    new Variant("Reprieve 0% deleted", reprieve, AliveChild.class, AliveParent.class, id -> true, children),
                    new Variant("Reprieve 50% deleted", reprieve, HalfChild.class, HalfParent.class,
                            id -> (id - 1) / parents % 2 == 0, 2L * children),
                    // plain measured a second time: its ratio to the first is the noise floor of this run
                    new Variant("plain again (A/A control)", plain, PlainChild.class, PlainParent.class, id -> true, children));
            long[] nextId = {NEW_IDS};
            for (Op op : Op.values()) {
                for (Variant variant : variants) {
                    measure(variant, op, -1, op.share(warmup), nextId);
                }
            }
            // cpu[op][variant][round], wall likewise; variants alternate inside each round
            double[][][] cpu = new double[Op.values().length][variants.size()][rounds];
            double[][][] wall = new double[Op.values().length][variants.size()][rounds];
            for (int round = 0; round < rounds; round++) {
                for (Op op : Op.values()) {
                    for (int v = 0; v < variants.size(); v++) {
                        double[] medians = measure(variants.get(v), op, round, op.share(ops), nextId);
                        cpu[op.ordinal()][v][round] = medians[0];
                        wall[op.ordinal()][v][round] = medians[1];
                    }
                }
            }
            report(variants, cpu, wall, nextId);
        }
    }

    /** @return the medians of per-request CPU and wall time, in microseconds */
    double[] measure(Variant variant, Op op, int seed, int count, long[] nextId) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Random random = new Random(seed * 31L + op.ordinal());
        List<Double> cpu = new ArrayList<>(count);
        List<Double> wall = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long child = variant.randomAliveChild(random);
            long parent = 1 + random.nextInt(parents);
            long newId = nextId[0]++;
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            request(variant, op, child, parent, newId);
            wall.add((System.nanoTime() - wallStart) / 1_000.0);
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000.0);
        }
        return new double[] {Measurements.median(cpu), Measurements.median(wall)};
    }

    /** One request: a session, a transaction, one operation, commit. Checks what it read. */
    void request(Variant variant, Op op, long child, long parent, long newId) throws Exception {
        String entity = variant.child().getSimpleName();
        try (Session session = variant.factory().openSession()) {
            session.getTransaction().begin();
            switch (op) {
                case FIND_BY_ID -> expect(session.find(variant.child(), child) != null, "found " + child);
                case PAGE_BY_PARENT -> {
                    List<?> page = session.createSelectionQuery("from " + entity + " c where c.parent.id = :p order by c.id",
                            variant.child()).setParameter("p", parent).setMaxResults(PAGE).getResultList();
                    BenchmarkCheck.equal(PAGE, page.size(), variant.name() + ", rows of a page of parent " + parent);
                    for (Object row : page) {
                        long id = (Long) row.getClass().getField("id").get(row);
                        expect(id >= NEW_IDS || variant.alive().test(id), "only alive rows in a page, not " + id);
                    }
                }
                case JPQL_JOIN -> expect(session.createSelectionQuery("select c.id, p.title from " + entity
                        + " c join c.parent p where p.id = :p order by c.id", Object[].class)
                        .setParameter("p", parent).setMaxResults(PAGE).getResultList().size() == PAGE, "a full joined page");
                case SAVE_NEW -> {
                    Object row = variant.child().getDeclaredConstructor().newInstance();
                    set(row, "id", newId);
                    set(row, "title", "new " + newId);
                    set(row, "parent", session.getReference(variant.parent(), parent));
                    session.persist(row);
                }
                case UPDATE -> {
                    Object row = session.find(variant.child(), child);
                    set(row, "title", "updated " + newId);
                }
                case EXISTS_BY_ID -> expect(session.createSelectionQuery("select count(c) from " + entity + " c where c.id = :id", Long.class)
                        .setParameter("id", child).getSingleResult() == 1L, "exists " + child);
                case COUNT -> expect(session.createSelectionQuery("select count(c) from " + entity + " c", Long.class)
                        .getSingleResult() >= children, "counted the alive rows");
            }
            session.getTransaction().commit();
        }
    }

    void report(List<Variant> variants, double[][][] cpu, double[][][] wall, long[] nextId) throws Exception {
        out.printf(Locale.ROOT, "%nCPU time per request (median of %d per-round medians, µs) and ratios (median, min–max over rounds)%n", rounds);
        table(cpu);
        out.printf(Locale.ROOT, "%nWall time per request (µs) and ratios%n");
        table(wall);
        out.printf(Locale.ROOT, "%nPer request (100 requests, statistics on only here): query-plan cache hits / misses, statements%n");
        out.printf(Locale.ROOT, "%-15s %-26s %-26s %-26s%n", "operation", "plain", "R 0%", "R 50%");
        for (Op op : Op.values()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-15s", op));
            for (Variant variant : variants.subList(0, 3)) {
                Statistics stats = variant.factory().getStatistics();
                stats.setStatisticsEnabled(true);
                stats.clear();
                Random random = new Random(99);
                for (int i = 0; i < 100; i++) {
                    request(variant, op, variant.randomAliveChild(random), 1 + random.nextInt(parents), nextId[0]++);
                }
                line.append(String.format(Locale.ROOT, " %-26s", String.format(Locale.ROOT, "%.2f / %.2f, %.2f",
                        stats.getQueryPlanCacheHitCount() / 100.0, stats.getQueryPlanCacheMissCount() / 100.0,
                        stats.getPrepareStatementCount() / 100.0)));
                stats.setStatisticsEnabled(false);
            }
            out.println(line);
        }
    }

    /** Columns: plain, Reprieve 0%, Reprieve 50%; ratios: Reprieve 0% / plain, 50% / 0%, plain again / plain. */
    void table(double[][][] times) {
        out.printf(Locale.ROOT, "%-15s %9s %9s %9s   %-22s %-22s %-22s%n", "operation", "plain", "R 0%", "R 50%",
                "R 0% / plain", "R 50% / R 0%", "A/A: plain / plain");
        for (Op op : Op.values()) {
            double[][] t = times[op.ordinal()];
            out.printf(Locale.ROOT, "%-15s %9.1f %9.1f %9.1f   %-22s %-22s %-22s%n", op, median(t[0]), median(t[1]),
                    median(t[2]), ratio(t[1], t[0]), ratio(t[2], t[1]), ratio(t[3], t[0]));
        }
    }

    static String ratio(double[] values, double[] floor) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            ratios.add(values[i] / floor[i]);
        }
        double min = ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return String.format(Locale.ROOT, "%.2fx (%.2f–%.2f)", Measurements.median(ratios), min, max);
    }

    static double median(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return Measurements.median(list);
    }

    static void expect(boolean condition, String what) {
        BenchmarkCheck.that(condition, "benchmark read the wrong thing: expected " + what);
    }

    static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getField(field);
        f.set(target, value);
    }

    SessionFactory boot(BenchServer server, boolean reprieve, Class<?>... entities) {
        Configuration cfg = new Configuration();
        for (Class<?> entity : entities) {
            cfg.addAnnotatedClass(entity);
        }
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_URL, server.url(database));
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_USER, server.user());
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "");
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "create");
        cfg.setProperty(AvailableSettings.POOL_SIZE, "2");
        if (reprieve) {
            cfg.setProperty(AvailableSettings.STATEMENT_INSPECTOR, ReprieveStatementInspector.class.getName());
        }
        return cfg.buildSessionFactory();
    }

    /**
     * Set-based loading. The plain and the 0% tables hold the same rows; the 50% table holds them twice over,
     * every parent's children alternating in runs of alive and deleted ids. Plain tables get the indexes a
     * plain application would have on the same columns (Reprieve's come from its generated schema).
     */
    void load(BenchServer server) throws SQLException {
        boolean pg = server.postgres();
        String parentRows = pg ? "generate_series(1, " + parents + ") AS s(seq)" : "seq_1_to_" + parents;
        String halfParents = pg ? "generate_series(1, " + 2 * parents + ") AS s(seq)" : "seq_1_to_" + 2 * parents;
        String childRows = pg ? "generate_series(1, " + children + ") AS s(seq)" : "seq_1_to_" + children;
        String halfChildren = pg ? "generate_series(1, " + 2 * children + ") AS s(seq)" : "seq_1_to_" + 2 * children;
        String parentOf = "1 + MOD(seq - 1, " + parents + ")";
        String deletedChild = "MOD((seq - 1) / " + parents + ", 2) = 1";
        if (!pg) {
            deletedChild = "MOD(FLOOR((seq - 1) / " + parents + "), 2) = 1";
        }
        String deletedParent = "seq > " + parents;
        String stamp = "TIMESTAMP '2026-01-01 00:00:00'";
        try (Connection c = DriverManager.getConnection(server.url(database), server.user(), "");
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO tax_plain_parent (id, title) SELECT seq, CONCAT('parent ', seq) FROM " + parentRows);
            s.execute("INSERT INTO tax_alive_parent (id, title) SELECT seq, CONCAT('parent ', seq) FROM " + parentRows);
            s.execute("INSERT INTO tax_half_parent (id, title, deleted_at, deletion_id) SELECT seq, CONCAT('parent ', seq), CASE WHEN "
                    + deletedParent + " THEN " + stamp + " END, CASE WHEN " + deletedParent + " THEN 'bench' END FROM " + halfParents);
            s.execute("INSERT INTO tax_plain_child (id, parent_id, title) SELECT seq, " + parentOf + ", CONCAT('child ', seq) FROM " + childRows);
            s.execute("INSERT INTO tax_alive_child (id, parent_id, title) SELECT seq, " + parentOf + ", CONCAT('child ', seq) FROM " + childRows);
            s.execute("INSERT INTO tax_half_child (id, parent_id, title, deleted_at, deletion_id) SELECT seq, " + parentOf
                    + ", CONCAT('child ', seq), CASE WHEN " + deletedChild + " THEN " + stamp + " END, CASE WHEN " + deletedChild
                    + " THEN 'bench' END FROM " + halfChildren);
            s.execute("CREATE INDEX tax_plain_child_parent_idx ON tax_plain_child (parent_id, id)");
            s.execute("CREATE INDEX tax_plain_child_deleted_at_idx ON tax_plain_child (deleted_at)");
            s.execute("CREATE INDEX tax_plain_child_deletion_id_idx ON tax_plain_child (deletion_id)");
            for (String table : List.of("tax_plain_parent", "tax_alive_parent", "tax_half_parent", "tax_plain_child",
                    "tax_alive_child", "tax_half_child")) {
                s.execute(pg ? "VACUUM ANALYZE " + table : "ANALYZE TABLE " + table);
            }
        }
    }

}

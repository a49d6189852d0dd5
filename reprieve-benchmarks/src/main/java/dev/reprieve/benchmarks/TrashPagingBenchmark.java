package dev.reprieve.benchmarks;

import dev.reprieve.admin.internal.trash.TrashBrowser;
import dev.reprieve.admin.internal.trash.TrashCounts;
import dev.reprieve.admin.internal.trash.TrashFilter;
import dev.reprieve.admin.internal.trash.TrashPage;
import dev.reprieve.admin.internal.trash.TrashType;
import dev.reprieve.admin.internal.trash.TrashTypes;
import dev.reprieve.benchmarks.trash.BenchTrashNote;
import dev.reprieve.benchmarks.trash.BenchTrashTask;
import dev.reprieve.core.spi.sql.SqlStatement;
import dev.reprieve.core.spi.sql.TrashSql;
import dev.reprieve.core.spi.trash.TrashCursor;
import dev.reprieve.core.spi.trash.TrashOrder;
import dev.reprieve.core.spi.trash.TrashQuery;
import dev.reprieve.core.spi.trash.TrashSource;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.ReprieveStatementInspector;
import jakarta.persistence.EntityManager;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trash must page 100,000 deleted rows as fast as 100. Two databases with the same two soft-deletable
 * tables and the same 100,000 alive rows (50,000 per type); one trash holds 100 deleted rows (50 per type),
 * the other 100,000 (50,000 per type). Both are read through the admin's own code: the SQL that
 * {@link TrashSql} builds, run as {@link TrashBrowser} runs it (a Hibernate native query in a read-only
 * Spring transaction on a shared EntityManager), and {@link TrashBrowser} itself for the whole trash-page
 * request, its totals counted up to {@code -Dbench.countLimit} rows per type (default 10,000, as
 * {@code reprieve.admin.count-limit}). Cases alternate between the two trashes in rounds; each figure is the median of the round
 * medians, and the ratio is 100,000 over 100. Data is loaded once, set-based, and reused by later runs
 * ({@code -Dbench.reload=true} loads it again).
 *
 * <p>Before measuring it walks each trash to its end by cursor (every deleted row once, in order, no alive row); every
 * measured request checks its row count.
 *
 * <p>Run alone: {@code mvn -q -B -pl reprieve-benchmarks -am package -DskipTests -Pbench
 * -Dbench.main=dev.reprieve.benchmarks.TrashPagingBenchmark}
 */
public final class TrashPagingBenchmark {

    static final int PAGE = 50;
    /** Deleted every tenth row of each trash. */
    static final String USER = "user3";
    /** Deleted 5 rows of each type, in either trash, spread from new to oldest. */
    static final String RARE = "auditor";

    /** Alive rows per type, in both trashes. */
    final int alivePerType;
    /** 1-based page number of the deep page (full size: rows 49,951 to 50,000, after a cursor at row 49,950). */
    final int deepPage;
    /** Warm-up per case and trash: this many requests, or fewer once two seconds have passed (at least 5). */
    final int warmup;
    final int roundCount;
    /**
     * Requests per case, trash and round: as many as fit in this budget at the warm-up's pace, 10 to 400, so
     * that sub-millisecond cases get enough samples and the slow contrasts do not take minutes.
     */
    final int budgetMs;
    /** The totals' count limit per type, as {@code reprieve.admin.count-limit} (default 10,000). */
    final int countLimit;
    final Trash smallTrash;
    final Trash largeTrash;
    final BenchServer server;
    final PrintStream out;

    record Trash(String label, int alivePerType, int deletedPerType, String database) {
        int rowsPerType() {
            return alivePerType + deletedPerType;
        }
    }

    /**
     * Full size: 50,000 alive rows per type, trashes of 100 and 100,000 deleted rows, page 1,000, count limit
     * 10,000; small: 500 alive per type, trashes of 100 and 1,000, page 10, count limit 100 (so both sides of it run).
     */
    private TrashPagingBenchmark(BenchRun run, BenchServer server) {
        this.alivePerType = run.size(50_000, 500);
        this.deepPage = run.size(1_000, 10);
        this.warmup = run.size(Integer.getInteger("bench.warmup", 100), 5);
        this.roundCount = run.size(Integer.getInteger("bench.rounds", 5), 2);
        this.budgetMs = run.size(Integer.getInteger("bench.budget", 200), 10);
        this.countLimit = run.size(Integer.getInteger("bench.countLimit", 10_000), 100);
        int large = run.size(50_000, 500);
        this.smallTrash = new Trash("100 deleted", alivePerType, 50, run.database("reprieve_bench_trash_100"));
        this.largeTrash = new Trash(String.format(Locale.ROOT, "%,d deleted", 2 * large), alivePerType, large,
                run.database("reprieve_bench_trash_100k"));
        this.server = server;
        this.out = run.out();
    }

    public static void main(String[] args) throws Exception {
        run(BenchRun.full());
    }

    public static void run(BenchRun run) throws Exception {
        for (BenchServer server : run.servers()) {
            new TrashPagingBenchmark(run, server).run();
        }
    }

    /**
     * A measured case: the same request against the small and the large trash. When the small trash has no
     * such page, the ratio is taken against {@code baseline}'s small-trash figure.
     */
    record Case(String label, Callable<Integer> small, Callable<Integer> large, Case baseline, Case alsoAgainst) {
        Case(String label, Callable<Integer> small, Callable<Integer> large) {
            this(label, small, large, null, null);
        }

        Case(String label, Callable<Integer> small, Callable<Integer> large, Case baseline) {
            this(label, small, large, baseline, null);
        }
    }

    void run() throws Exception {
        out.printf(Locale.ROOT, "%n=== %s: 2 soft-deletable types, %,d alive rows, trash of 100 vs " + largeTrash.label() + " rows;"
                + " page of %d; count limit %,d per type; median of %d round medians, each of 10-400 requests (~%d ms)"
                + " after up to %d warm-up ===%n",
                server.name(), 2 * alivePerType, PAGE, countLimit, roundCount, budgetMs, warmup);
        String deepLabel = String.format(Locale.ROOT, "%,d", deepPage);
        try (Fixture small = open(smallTrash); Fixture large = open(largeTrash)) {
            small.checkWholeTrash();
            large.checkWholeTrash();
            // the deep page's cursor: walk the first 999 pages with the cursors the trash hands out
            TrashCursor deep = large.walk(deepPage - 1);
            String deepToken = TrashCursorToken.encode(deep);
            large.checkDeepPage(deep, deepToken);

            TrashCursor smallSecond = small.walk(1);
            TrashCursor largeSecond = large.walk(1);
            Case first = new Case("first page, all types", small.page(null, null, null, 0), large.page(null, null, null, 0));
            Case second = new Case("page 2 by cursor", small.page(null, null, smallSecond, PAGE), large.page(null, null, largeSecond, PAGE));
            Case request = new Case("trash page request, first page (service)", small.request(null), large.request(null));
            List<Case> cases = List.of(first, second,
                    new Case("page " + deepLabel + " by cursor, vs first page of 100", null, large.page(null, null, deep, (deepPage - 1) * PAGE),
                            first, second),
                    new Case("page " + deepLabel + " by offset, API ?page=" + (deepPage - 1) + ", vs first of 100", null,
                            large.offsetPage((deepPage - 1) * PAGE), first),
                    new Case("first page, type = BenchTrashNote", small.page("BenchTrashNote", null, null, 0),
                            large.page("BenchTrashNote", null, null, 0)),
                    new Case("first page, deletedBy = " + USER + " (10%)", small.page(null, USER, null, 0), large.page(null, USER, null, 0)),
                    new Case("first page, deletedBy = " + RARE + " (10 rows)", small.page(null, RARE, null, 0), large.page(null, RARE, null, 0)),
                    new Case("counts per type, no filter", small.count(null, null), large.count(null, null)),
                    new Case("counts per type, type = BenchTrashNote", small.count("BenchTrashNote", null),
                            large.count("BenchTrashNote", null)),
                    new Case("counts per type, deletedBy = " + USER, small.count(null, USER), large.count(null, USER)),
                    request,
                    new Case("trash page request, page " + deepLabel + " (service), vs first", null, large.request(deepToken), request),
                    new Case("trash page request, deletedBy = " + USER + " (service)", small.request(null, USER),
                            large.request(null, USER)));

            Map<Callable<Integer>, Integer> reps = new java.util.HashMap<>();
            for (Case c : cases) {
                warmUp(c.small(), reps);
                warmUp(c.large(), reps);
            }
            Map<Case, List<Double>> smallRounds = new LinkedHashMap<>();
            Map<Case, List<Double>> largeRounds = new LinkedHashMap<>();
            for (int round = 0; round < roundCount; round++) {
                for (Case c : cases) {
                    // alternate which trash goes first, so drift within a round hits both alike
                    if (round % 2 == 0) {
                        measure(c.small(), reps, smallRounds, c);
                        measure(c.large(), reps, largeRounds, c);
                    } else {
                        measure(c.large(), reps, largeRounds, c);
                        measure(c.small(), reps, smallRounds, c);
                    }
                }
            }

            out.printf(Locale.ROOT, "%-56s %12s %16s %8s%n", "case", smallTrash.label(), largeTrash.label(), "ratio");
            for (Case c : cases) {
                Double s = smallRounds.containsKey(c) ? Measurements.median(smallRounds.get(c)) : null;
                double l = Measurements.median(largeRounds.get(c));
                double base = s != null ? s : Measurements.median(smallRounds.get(c.baseline()));
                out.printf(Locale.ROOT, "%-56s %12s %13.3f ms %7.2fx%n", c.label(),
                        s == null ? "-" : String.format(Locale.ROOT, "%.3f ms", s), l, l / base);
                if (c.alsoAgainst() != null) {
                    out.printf(Locale.ROOT, "%-56s %12s %16s %7.2fx%n", "  the same, vs " + c.alsoAgainst().label() + " of 100",
                            "", "", l / Measurements.median(smallRounds.get(c.alsoAgainst())));
                }
            }
            out.println("\nper-round medians (ms), 100 | " + largeTrash.label() + ":");
            for (Case c : cases) {
                out.println("  " + c.label() + ": " + (smallRounds.containsKey(c) ? rounds(smallRounds.get(c)) : "-") + " | "
                        + rounds(largeRounds.get(c)));
            }

            out.println("\nplan, first page, " + largeTrash.label() + ":\n" + large.explain(large.pageSql(null, null, null, 0)));
            out.println("plan, page " + deepLabel + " by cursor, " + largeTrash.label() + ":\n" + large.explain(large.pageSql(null, null, deep, 0)));
            out.println("plan, first page, 100 deleted:\n" + small.explain(small.pageSql(null, null, null, 0)));
            out.println("plan, page " + deepLabel + " by offset, " + largeTrash.label() + ":\n"
                    + large.explain(large.pageSql(null, null, null, (deepPage - 1) * PAGE)));
            out.println("plan, deletedBy = " + RARE + ", " + largeTrash.label() + ":\n" + large.explain(large.pageSql(null, RARE, null, 0)));
            out.println("plan, counts per type, no filter, " + largeTrash.label() + ":\n" + large.explain(large.countSql(null, null)));
        }
    }

    /** The trash's database, loaded unless a previous run loaded it, and the admin's service over it. */
    Fixture open(Trash trash) throws SQLException {
        server.ensureDatabase(trash.database());
        boolean loaded = !Boolean.getBoolean("bench.reload") && isLoaded(server, trash);
        SessionFactory factory = boot(server, trash, loaded ? "update" : "create");
        if (!loaded) {
            long start = System.nanoTime();
            load(server, trash);
            out.printf(Locale.ROOT, "%s: loaded %s in %.1f s%n", server.name(), trash.label(), (System.nanoTime() - start) / 1e9);
        }
        return new Fixture(server, trash, factory);
    }

    /** Warms a request up and sets how many of it a round runs, from the warm-up's median pace. */
    void warmUp(Callable<Integer> step, Map<Callable<Integer>, Integer> reps) throws Exception {
        if (step == null) {
            return;
        }
        List<Double> times = new ArrayList<>();
        long deadline = System.nanoTime() + 2_000_000_000L;
        for (int i = 0; i < warmup && (i < 5 || System.nanoTime() < deadline); i++) {
            long start = System.nanoTime();
            step.call();
            times.add((System.nanoTime() - start) / 1e6);
        }
        reps.put(step, (int) Math.max(10, Math.min(400, Math.round(budgetMs / Measurements.median(times)))));
    }

    void measure(Callable<Integer> step, Map<Callable<Integer>, Integer> reps, Map<Case, List<Double>> into, Case c)
            throws Exception {
        if (step == null) {
            return;
        }
        double median = Measurements.medianMillis(reps.get(step), new Measurements.Run() {
            @Override
            public void prepare() {
            }

            @Override
            public void step() throws Exception {
                step.call();
            }
        });
        into.computeIfAbsent(c, k -> new ArrayList<>()).add(median);
    }

    String rounds(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).toList().toString();
    }

    /** One trash, loaded and booted: the admin's service and its SQL over one database. */
    final class Fixture implements AutoCloseable {
        final BenchServer server;
        final Trash trash;
        final SessionFactory factory;
        final TrashTypes types;
        final TrashSql sql;
        final EntityManager entityManager;
        final TransactionTemplate readOnly;
        final TrashBrowser browser;

        private Fixture(BenchServer server, Trash trash, SessionFactory factory) {
            this.server = server;
            this.trash = trash;
            this.factory = factory;
            this.types = new TrashTypes(ReprieveRuntime.of(factory), Map.of());
            this.sql = new TrashSql(types.runtime().dialect());
            // as the admin's auto-configuration wires it: a shared EntityManager and a read-only transaction template
            this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(factory);
            JpaTransactionManager tx = new JpaTransactionManager(factory);
            tx.setJpaDialect(new HibernateJpaDialect());
            this.readOnly = new TransactionTemplate(tx);
            readOnly.setReadOnly(true);
            this.browser = new TrashBrowser(types, entityManager, readOnly, 500, countLimit);
        }

        List<TrashSource> sources(String type) {
            return type == null ? types.all().stream().map(TrashType::source).toList() : List.of(types.require(type).source());
        }

        SqlStatement pageSql(String type, String deletedBy, TrashCursor after, int offset) {
            return sql.page(new TrashQuery(sources(type), null, null, deletedBy, null, null, TrashOrder.NEWEST, after, offset, PAGE));
        }

        SqlStatement countSql(String type, String deletedBy) {
            return sql.count(new TrashQuery(sources(type), null, null, deletedBy, null, null, TrashOrder.NEWEST, null, 0, PAGE),
                    countLimit + 1L);
        }

        /** The page query as TrashBrowser runs it; the rows it asks for are the page plus one. */
        /** @param passed rows of the listing before {@code after} */
        Callable<Integer> page(String type, String deletedBy, TrashCursor after, int passed) {
            SqlStatement bound = pageSql(type, deletedBy, after, 0);
            int expected = (int) Math.min(expectedCount(type, deletedBy) - passed, PAGE + 1);
            return () -> check(pageRows(bound).size(), expected, "page " + type + "/" + deletedBy + "/" + after);
        }

        Callable<Integer> offsetPage(int offset) {
            SqlStatement bound = pageSql(null, null, null, offset);
            return () -> check(pageRows(bound).size(), PAGE + 1, "offset page");
        }

        /** The per-type counts shown next to the filters, as TrashBrowser runs them: up to the limit plus one per type. */
        Callable<Integer> count(String type, String deletedBy) {
            SqlStatement bound = countSql(type, deletedBy);
            long expected = expectedCountedRows(type, deletedBy);
            return () -> {
                long total = countRows(bound).stream().mapToLong(r -> (Long) r[1]).sum();
                return check((int) total, (int) expected, "count " + type + "/" + deletedBy);
            };
        }

        Callable<Integer> request(String cursor) {
            return request(cursor, null);
        }

        /**
         * What the admin's trash page controller asks the service for: the page (with its counts) and the type
         * menu's counts, which it takes from the page when no filter is set and counts apart otherwise.
         */
        Callable<Integer> request(String cursor, String deletedBy) {
            TrashFilter filter = new TrashFilter(null, null, null, deletedBy, null, null, TrashOrder.NEWEST, cursor, 0, PAGE);
            return () -> {
                TrashPage page = browser.page(filter);
                TrashCounts menu = filter.matchesWholeTrash() ? page.counts() : browser.countsByType();
                check((int) page.total(), (int) expectedShownCount(null, deletedBy), "service total");
                check(menu.byType().size(), 2, "service type menu");
                return check(page.rows().size(), (int) Math.min(expectedCount(null, deletedBy), PAGE), "service page");
            };
        }

        long expectedCount(String type, String deletedBy) {
            return (long) perType(deletedBy) * (type == null ? 2 : 1);
        }

        /** What the count statement returns: each type counted up to the limit plus one. */
        long expectedCountedRows(String type, String deletedBy) {
            return (long) Math.min(perType(deletedBy), countLimit + 1) * (type == null ? 2 : 1);
        }

        /** What the service reports: each type up to the limit (then flagged as a lower bound). */
        long expectedShownCount(String type, String deletedBy) {
            return (long) Math.min(perType(deletedBy), countLimit) * (type == null ? 2 : 1);
        }

        int perType(String deletedBy) {
            return deletedBy == null ? trash.deletedPerType() : deletedBy.equals(RARE) ? 5 : trash.deletedPerType() / 10;
        }

        List<Object[]> pageRows(SqlStatement bound) {
            return readOnly.execute(status -> {
                NativeQuery<Object[]> q = native_(bound);
                q.addScalar("entity_type", StandardBasicTypes.STRING).addScalar("id_text", StandardBasicTypes.STRING)
                        .addScalar("deleted_at", StandardBasicTypes.INSTANT).addScalar("deleted_by", StandardBasicTypes.STRING)
                        .addScalar("deletion_id", StandardBasicTypes.STRING).addScalar("label", StandardBasicTypes.STRING);
                return q.getResultList();
            });
        }

        List<Object[]> countRows(SqlStatement bound) {
            return readOnly.execute(status -> {
                NativeQuery<Object[]> q = native_(bound);
                q.addScalar("entity_type", StandardBasicTypes.STRING).addScalar("row_count", StandardBasicTypes.LONG);
                return q.getResultList();
            });
        }

        @SuppressWarnings("unchecked")
        private NativeQuery<Object[]> native_(SqlStatement bound) {
            NativeQuery<Object[]> q = entityManager.unwrap(Session.class).createNativeQuery(bound.sql(), Object[].class);
            for (int i = 0; i < bound.binds().size(); i++) {
                q.setParameter(i + 1, bound.binds().get(i));
            }
            return q;
        }

        /** Follows the cursor through {@code pages} pages, checking no row comes twice; returns the cursor after them. */
        TrashCursor walk(int pages) {
            Set<String> seen = new HashSet<>();
            TrashCursor cursor = null;
            Instant previous = null;
            for (int p = 0; p < pages; p++) {
                List<Object[]> rows = pageRows(pageSql(null, null, cursor, 0));
                check(rows.size(), PAGE + 1, "walk page " + p);
                for (Object[] r : rows.subList(0, PAGE)) {
                    Instant at = (Instant) r[2];
                    if (!seen.add(r[0] + "#" + r[1]) || (previous != null && at.isAfter(previous))) {
                        throw new IllegalStateException("cursor walk broke order at page " + p + ": " + r[0] + "#" + r[1]);
                    }
                    previous = at;
                }
                Object[] last = rows.get(PAGE - 1);
                cursor = new TrashCursor((Instant) last[2], (String) last[0], Long.valueOf((String) last[1]));
            }
            return cursor;
        }

        /**
         * Follows the cursor to the end of the trash: every deleted row of both tables exactly once, newest first,
         * and no alive row.
         */
        void checkWholeTrash() throws SQLException {
            List<String> listed = new ArrayList<>();
            TrashCursor cursor = null;
            Instant previous = null;
            while (true) {
                List<Object[]> rows = pageRows(pageSql(null, null, cursor, 0));
                List<Object[]> page = rows.subList(0, Math.min(PAGE, rows.size()));
                for (Object[] r : page) {
                    Instant at = (Instant) r[2];
                    BenchmarkCheck.that(at != null && (previous == null || !at.isAfter(previous)),
                            trash.label() + ": the trash's order breaks at " + r[0] + "#" + r[1]);
                    previous = at;
                    listed.add(r[0] + "#" + r[1]);
                }
                if (rows.size() <= PAGE) {
                    break;
                }
                Object[] last = page.get(PAGE - 1);
                cursor = new TrashCursor((Instant) last[2], (String) last[0], Long.valueOf((String) last[1]));
            }
            Set<String> deleted = new HashSet<>();
            try (Connection c = DriverManager.getConnection(server.url(trash.database()), server.user(), "");
                    Statement s = c.createStatement()) {
                for (String[] table : new String[][] {{"bench_trash_note", "BenchTrashNote"}, {"bench_trash_task", "BenchTrashTask"}}) {
                    try (ResultSet rs = s.executeQuery("SELECT id FROM " + table[0] + " WHERE deleted_at IS NOT NULL")) {
                        while (rs.next()) {
                            deleted.add(table[1] + "#" + rs.getLong(1));
                        }
                    }
                }
            }
            BenchmarkCheck.equal(deleted.size(), listed.size(), trash.label() + ": rows the trash lists, walked by cursor");
            Set<String> unexpected = new HashSet<>(listed);
            unexpected.removeAll(deleted);
            BenchmarkCheck.equal(Set.of(), unexpected, trash.label() + ": listed rows that are not deleted (or listed twice)");
        }

        /** The cursor page, the offset page and the service's page 1,000 must list the same rows. */
        void checkDeepPage(TrashCursor cursor, String token) {
            List<String> byCursor = ids(pageRows(pageSql(null, null, cursor, 0)).subList(0, PAGE));
            List<String> byOffset = ids(pageRows(pageSql(null, null, null, (deepPage - 1) * PAGE)).subList(0, PAGE));
            List<String> byService = browser.page(new TrashFilter(null, null, null, null, null, null, TrashOrder.NEWEST, token, 0, PAGE))
                    .rows().stream().map(e -> e.type() + "#" + e.id()).toList();
            if (!byCursor.equals(byOffset) || !byCursor.equals(byService)) {
                throw new IllegalStateException("page " + deepPage + " differs: cursor " + byCursor + "\noffset " + byOffset
                        + "\nservice " + byService);
            }
        }

        static List<String> ids(List<Object[]> rows) {
            return rows.stream().map(r -> r[0] + "#" + r[1]).toList();
        }

        /** The plan for a page or count statement, parameters bound as the admin binds them. */
        String explain(SqlStatement bound) {
            String prefix = server.postgres() ? "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) " : "ANALYZE ";
            List<?> rows = readOnly.execute(status -> {
                var q = entityManager.unwrap(Session.class).createNativeQuery(prefix + bound.sql(), Object.class);
                for (int i = 0; i < bound.binds().size(); i++) {
                    q.setParameter(i + 1, bound.binds().get(i));
                }
                return q.getResultList();
            });
            String header = server.postgres() ? ""
                    : "    id | select_type | table | type | possible_keys | key | key_len | ref | rows | r_rows | filtered | r_filtered | Extra\n";
            return header + rows.stream().map(row -> "    " + (row instanceof Object[] cols
                    ? java.util.Arrays.stream(cols).map(String::valueOf).collect(Collectors.joining(" | ")) : String.valueOf(row)))
                    .collect(Collectors.joining("\n")) + "\n";
        }

        @Override
        public void close() {
            factory.close();
        }
    }

    int check(int actual, int expected, String what) {
        BenchmarkCheck.equal(expected, actual, what + ", rows");
        return actual;
    }

    /** The admin's cursor token (TrashCursors is package-private there): epoch second, nano, type and id, Base64url. */
    static final class TrashCursorToken {
        static String encode(TrashCursor c) {
            String raw = c.deletedAt().getEpochSecond() + ":" + c.deletedAt().getNano() + ":" + c.entityName() + ":" + c.id();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }
    }

    SessionFactory boot(BenchServer server, Trash trash, String ddl) {
        Configuration cfg = new Configuration();
        cfg.addAnnotatedClass(BenchTrashNote.class);
        cfg.addAnnotatedClass(BenchTrashTask.class);
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_URL, server.url(trash.database()));
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_USER, server.user());
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "");
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, ddl);
        cfg.setProperty(AvailableSettings.STATEMENT_INSPECTOR, ReprieveStatementInspector.class.getName());
        return cfg.buildSessionFactory();
    }

    /**
     * Set-based loading, per type: rows 1..N, of which D are deleted, spread evenly among the alive ones
     * (row {@code seq} is the k-th deleted one when {@code seq * D / N} steps up to k). The k-th deleted note
     * and task share a deletion id (a cascade group of two) and are interleaved in time, newest first, over 100
     * days; every tenth is deleted by {@code user3}; five per type, from new to oldest, by {@code auditor}.
     */
    void load(BenchServer server, Trash trash) throws SQLException {
        boolean pg = server.postgres();
        long n = trash.rowsPerType();
        long d = trash.deletedPerType();
        long step = 100L * 86_400 / (2 * d); // seconds between the k-th deleted note and the k-th deleted task
        String series = pg ? "generate_series(1::bigint, " + n + ") AS g(seq)" : "seq_1_to_" + n;
        String div = pg ? " / " : " DIV ";
        String ranks = "SELECT seq, (seq * " + d + ")" + div + n + " AS k, ((seq * " + d + ")" + div + n + ") <> (((seq - 1) * " + d
                + ")" + div + n + ") AS del FROM " + series;
        List<String> statements = new ArrayList<>();
        String[][] tables = {{"bench_trash_note", "note", "0"}, {"bench_trash_task", "task", "1"}};
        for (String[] t : tables) {
            String slot = "(2 * k + " + t[2] + ") * " + step;
            String deletedAt = pg ? "TIMESTAMPTZ '2026-01-01 00:00:00+00' - " + slot + " * INTERVAL '1 second'"
                    : "TIMESTAMP '2026-01-01 00:00:00' - INTERVAL (" + slot + ") SECOND";
            String deletedBy = "CASE WHEN MOD(k, " + d / 5 + ") = 0 THEN '" + RARE + "' ELSE CONCAT('user', MOD(k, 10)) END";
            statements.add("INSERT INTO " + t[0] + " (id, title, deleted_at, deleted_by, deletion_id) SELECT seq, CONCAT('"
                    + t[1] + " ', seq), CASE WHEN del THEN " + deletedAt + " END, CASE WHEN del THEN " + deletedBy
                    + " END, CASE WHEN del THEN CONCAT('group-', k) END FROM (" + ranks + ") r");
        }
        if (pg) {
            statements.add("VACUUM ANALYZE bench_trash_note");
            statements.add("VACUUM ANALYZE bench_trash_task");
        } else {
            statements.add("ANALYZE TABLE bench_trash_note");
            statements.add("ANALYZE TABLE bench_trash_task");
        }
        execute(server.url(trash.database()), server.user(), statements);
        if (!isLoaded(server, trash)) {
            throw new IllegalStateException("load of " + trash.database() + " did not give the expected rows");
        }
    }

    boolean isLoaded(BenchServer server, Trash trash) {
        try (Connection c = DriverManager.getConnection(server.url(trash.database()), server.user(), "");
                Statement s = c.createStatement()) {
            for (String table : List.of("bench_trash_note", "bench_trash_task")) {
                if (BenchJdbc.count(s, "SELECT COUNT(*) FROM " + table) != trash.rowsPerType()
                        || BenchJdbc.count(s, "SELECT COUNT(*) FROM " + table + " WHERE deleted_at IS NOT NULL") != trash.deletedPerType()
                        || BenchJdbc.count(s, "SELECT COUNT(*) FROM " + table + " WHERE deleted_by = '" + RARE + "'") != 5
                        || BenchJdbc.count(s, "SELECT COUNT(*) FROM " + table + " WHERE deleted_by = '" + USER + "'") != trash.deletedPerType() / 10) {
                    return false;
                }
            }
            return true;
        } catch (SQLException missing) {
            return false;
        }
    }

    void execute(String url, String user, List<String> statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}

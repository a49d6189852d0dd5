package dev.reprieve.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.reprieve.admin.internal.audit.AuditLog;
import dev.reprieve.admin.internal.trash.RowRef;
import dev.reprieve.admin.internal.trash.TrashBrowser;
import dev.reprieve.admin.internal.trash.HistoryWriter;
import dev.reprieve.admin.internal.trash.TrashEraser;
import dev.reprieve.admin.internal.trash.TrashTypes;
import dev.reprieve.benchmarks.cascade.HibernateModel.HArticle;
import dev.reprieve.benchmarks.cascade.HibernateModel.HAuthor;
import dev.reprieve.benchmarks.cascade.HibernateModel.HComment;
import dev.reprieve.benchmarks.cascade.ReprieveModel.RArticle;
import dev.reprieve.benchmarks.cascade.ReprieveModel.RAuthor;
import dev.reprieve.benchmarks.cascade.ReprieveModel.RComment;
import dev.reprieve.core.event.ReprieveEvent;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.ReprieveStatementInspector;
import dev.reprieve.testing.CountingDataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cascade soft delete of one author (with its articles and comments) and restore of that group, side by side:
 * Reprieve, Hibernate 7's own {@code @SoftDelete} with {@code CascadeType.REMOVE} (JDBC batching on and off),
 * and three hand-written UPDATEs (the floor). Prints median times, ratios to the hand-written SQL and the SQL
 * statements each variant issued. After every timed run it checks, untimed, that exactly the author's rows were
 * marked (one deletion id for Reprieve's group) or all restored, and that no row was removed.
 *
 * <p>Then the admin's erase of that deleted group for good ({@link TrashEraser}, wired as the admin's
 * auto-configuration wires it) against three hand-written DELETEs on the same tables, checking after each run
 * that no row of the group is left.
 *
 * <p>Run alone: {@code mvn -q -B -pl reprieve-benchmarks -am package -DskipTests -Pbench
 * -Dbench.main=dev.reprieve.benchmarks.CascadeBenchmark}; repetitions with {@code -Dbench.reps=5}; the erase
 * alone (after a small warm-up) with {@code -Dbench.eraseOnly=true}; Reprieve against the hand-written SQL alone,
 * with and without a listener, for groups of 1 author x N articles x 50 comments, with
 * {@code -Dbench.cascadeSizes=200,2000,20000}. Every table also gives the bytes each step allocated on its thread.
 */
public final class CascadeBenchmark implements AutoCloseable {

    private static final long AUTHOR = 1L;
    private static final String[] R_TABLES = {"r_comment", "r_article", "r_author"};
    private static final String[] H_TABLES = {"h_comment", "h_article", "h_author"};

    private final BenchServer server;
    private final PrintStream out;
    private final HikariDataSource pool;
    private final CountingDataSource counter;
    private final SessionFactory reprieve;
    private final SessionFactory hibernateBatched;
    private final SessionFactory hibernateDefault;
    private final TrashEraser eraser;
    private final int reps;
    /** Rows per table of the current seed, in {@link #R_TABLES} / {@link #H_TABLES} order. */
    private long[] seeded;

    private CascadeBenchmark(BenchServer server, String database, int reps, PrintStream out) throws Exception {
        this.server = server;
        this.out = out;
        this.reps = reps;
        server.ensureDatabase(database);
        this.counter = new CountingDataSource(server.url(database), server.user(), "");
        HikariDataSource hikari = new HikariDataSource();
        hikari.setDataSource(counter);
        hikari.setMaximumPoolSize(3);
        hikari.setAutoCommit(true);
        this.pool = hikari;
        Configuration r = configuration("create", RAuthor.class, RArticle.class, RComment.class);
        r.setProperty(AvailableSettings.STATEMENT_INSPECTOR, ReprieveStatementInspector.class.getName());
        this.reprieve = r.buildSessionFactory();
        Configuration hb = configuration("create", HAuthor.class, HArticle.class, HComment.class);
        hb.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "50");
        this.hibernateBatched = hb.buildSessionFactory();
        this.hibernateDefault = configuration("none", HAuthor.class, HArticle.class, HComment.class).buildSessionFactory();
        this.eraser = eraser();
    }

    /** The admin's eraser as its auto-configuration wires it: shared EntityManager, JPA transactions, audit log. */
    private TrashEraser eraser() {
        TrashTypes types = new TrashTypes(ReprieveRuntime.of(reprieve), Map.of());
        var entityManager = SharedEntityManagerCreator.createSharedEntityManager(reprieve);
        JpaTransactionManager tx = new JpaTransactionManager(reprieve);
        tx.setJpaDialect(new HibernateJpaDialect());
        tx.setDataSource(pool);
        TransactionTemplate readOnly = new TransactionTemplate(tx);
        readOnly.setReadOnly(true);
        TrashBrowser browser = new TrashBrowser(types, entityManager, readOnly, 500, 10_000);
        AuditLog audit = new AuditLog(new JdbcTemplate(pool), types.runtime().dialect(), "reprieve_audit", Clock.systemUTC());
        audit.createTable();
        return new TrashEraser(types, browser, new HistoryWriter(audit, browser), entityManager, new TransactionTemplate(tx), 10);
    }

    private Configuration configuration(String ddl, Class<?>... entities) {
        Configuration cfg = new Configuration();
        for (Class<?> entity : entities) {
            cfg.addAnnotatedClass(entity);
        }
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool);
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, ddl);
        return cfg;
    }

    public static void main(String[] args) throws Exception {
        run(BenchRun.full());
    }

    /** Full size: 102,001 and 1,101 rows after a 1,101-row warm-up; small: 106 rows, 2 repetitions. */
    public static void run(BenchRun run) throws Exception {
        int reps = run.size(Integer.getInteger("bench.reps", 5), 2);
        for (BenchServer server : run.servers()) {
            try (CascadeBenchmark bench = new CascadeBenchmark(server, run.database("reprieve_bench"), reps, run.out())) {
                run.out().printf(Locale.ROOT, "%n=== %s: cascade soft delete and restore, median of %d (Hibernate default:"
                        + " of %d above 10,000 rows) ===%n", server.name(), reps, Math.max(1, reps / 2));
                String lean = System.getProperty("bench.cascadeSizes", "");
                if (run.small()) {
                    bench.measureSize(20, 5, false);
                    bench.measureLean(20, 5);
                    bench.measureErase(20, 5);
                } else if (!lean.isBlank()) {
                    bench.measureLean(100, 10);   // warm-up
                    for (String articles : lean.split(",")) {
                        bench.measureLean(Integer.parseInt(articles.trim()), 50);
                    }
                } else if (Boolean.getBoolean("bench.eraseOnly")) {
                    bench.measureErase(100, 10);       // also warms up the JIT before the large group
                    bench.measureErase(2_000, 50);
                } else {
                    bench.measureSize(100, 10, true);   // warm-up, not reported
                    bench.measureSize(2_000, 50, false);
                    bench.measureSize(100, 10, false);
                    bench.measureErase(2_000, 50);
                }
            }
        }
    }

    @Override
    public void close() {
        reprieve.close();
        hibernateBatched.close();
        hibernateDefault.close();
        pool.close();
    }

    private record Result(String name, double millis, long statements, long roundTrips, long allocated) {
    }

    private void measureSize(int articles, int commentsPerArticle, boolean warmup) throws Exception {
        seed(articles, commentsPerArticle);
        long comments = (long) articles * commentsPerArticle;
        seeded = new long[] {comments, articles, 1};
        long rows = 1 + articles + comments;
        int n = warmup ? 1 : reps;
        List<Result> results = new ArrayList<>();
        results.add(measure("hand-written SQL delete (3 UPDATEs)", n, this::resetR, this::handDelete,
                () -> checkMarked(R_TABLES, lastHandDeletion)));
        results.add(measure("hand-written SQL restore (3 UPDATEs)", n, () -> {
            resetR();
            handDelete();
        }, this::handRestore, this::checkRestored));
        results.add(measure("Reprieve cascade delete (remove)", n, this::resetR, this::reprieveDelete,
                () -> checkMarked(R_TABLES, null)));
        results.add(measure("Reprieve restore", n, () -> {
            resetR();
            reprieveDelete();
        }, this::reprieveRestore, this::checkRestored));
        results.add(measure("Reprieve cascade delete, with a listener", n, this::resetR, () -> listening(this::reprieveDelete),
                () -> checkMarked(R_TABLES, null)));
        results.add(measure("Reprieve restore, with a listener", n, () -> {
            resetR();
            reprieveDelete();
        }, () -> listening(this::reprieveRestore), this::checkRestored));
        results.add(measure("Hibernate @SoftDelete, batch_size=50", n, this::resetH, () -> hibernateDelete(hibernateBatched),
                () -> checkMarked(H_TABLES, null)));
        int slow = rows > 10_000 ? Math.max(1, n / 2) : n;
        results.add(measure("Hibernate @SoftDelete, default settings", slow, this::resetH, () -> hibernateDelete(hibernateDefault),
                () -> checkMarked(H_TABLES, null)));
        if (warmup) {
            return;
        }
        double deleteFloor = results.get(0).millis();
        double restoreFloor = results.get(1).millis();
        out.printf(Locale.ROOT, "%n1 author x %,d articles x %,d comments = %,d rows%n", articles, commentsPerArticle, rows);
        printTable(results, deleteFloor, restoreFloor);
        Result reprieveDelete = results.get(2);
        out.printf(Locale.ROOT, "with a listener vs without: delete %.2fx, restore %.2fx%n",
                results.get(4).millis() / reprieveDelete.millis(), results.get(5).millis() / results.get(3).millis());
        out.printf(Locale.ROOT, "Reprieve delete is %.1fx faster than Hibernate batched and %.1fx faster than Hibernate default%n",
                results.get(6).millis() / reprieveDelete.millis(), results.get(7).millis() / reprieveDelete.millis());
    }

    private void printTable(List<Result> results, double deleteFloor, double restoreFloor) {
        out.printf(Locale.ROOT, "%-42s %13s %12s %12s %12s %14s%n", "variant", "median", "vs hand SQL", "statements",
                "round trips", "allocated");
        for (Result r : results) {
            double floor = r.name().contains("restore") ? restoreFloor : deleteFloor;
            out.printf(Locale.ROOT, "%-42s %13s %12s %,12d %,12d %14s%n", r.name(), Measurements.format(r.millis()),
                    Measurements.ratio(r.millis(), floor), r.statements(), r.roundTrips(), Allocations.format(r.allocated()));
        }
    }

    /**
     * Reprieve's delete and restore, with and without a listener, against the hand-written SQL, without Hibernate's
     * variants: the time and the bytes each allocates as the group grows. The allocation is taken on the calling
     * thread, where Hibernate and the JDBC driver run.
     */
    private void measureLean(int articles, int commentsPerArticle) throws Exception {
        seed(articles, commentsPerArticle, List.of("r_"));
        long comments = (long) articles * commentsPerArticle;
        seeded = new long[] {comments, articles, 1};
        List<Result> results = new ArrayList<>();
        results.add(measure("hand-written SQL delete (3 UPDATEs)", reps, this::resetR, this::handDelete,
                () -> checkMarked(R_TABLES, lastHandDeletion)));
        results.add(measure("hand-written SQL restore (3 UPDATEs)", reps, () -> {
            resetR();
            handDelete();
        }, this::handRestore, this::checkRestored));
        results.add(measure("Reprieve cascade delete (remove)", reps, this::resetR, this::reprieveDelete,
                () -> checkMarked(R_TABLES, null)));
        results.add(measure("Reprieve restore", reps, () -> {
            resetR();
            reprieveDelete();
        }, this::reprieveRestore, this::checkRestored));
        results.add(measure("Reprieve cascade delete, with a listener", reps, this::resetR, () -> listening(this::reprieveDelete),
                () -> checkMarked(R_TABLES, null)));
        results.add(measure("Reprieve restore, with a listener", reps, () -> {
            resetR();
            reprieveDelete();
        }, () -> listening(this::reprieveRestore), this::checkRestored));
        out.printf(Locale.ROOT, "%n1 author x %,d articles x %,d comments = %,d rows (Reprieve and hand-written SQL only)%n",
                articles, commentsPerArticle, 1 + articles + comments);
        printTable(results, results.get(0).millis(), results.get(1).millis());
        out.printf(Locale.ROOT, "with a listener vs without: delete %.2fx, restore %.2fx; allocated vs hand-written JDBC:"
                + " delete %.1fx, restore %.1fx%n",
                results.get(4).millis() / results.get(2).millis(), results.get(5).millis() / results.get(3).millis(),
                (double) results.get(2).allocated() / results.get(0).allocated(),
                (double) results.get(3).allocated() / results.get(1).allocated());
    }

    private final List<ReprieveEvent> heard = new CopyOnWriteArrayList<>();
    private final BulkBenchmark.RecordingListener listener = new BulkBenchmark.RecordingListener(heard);

    /** Runs {@code step} with a listener that keeps every event registered, and checks it heard exactly one. */
    private void listening(Step step) throws Exception {
        heard.clear();
        ReprieveRuntime.of(reprieve).addListener(listener);
        try {
            step.run();
        } finally {
            ReprieveRuntime.of(reprieve).removeListener(listener);
        }
        BenchmarkCheck.equal(1, heard.size(), "events the listener heard");
    }

    /**
     * The admin's erase of the author's deleted group (every row of it) against three hand-written DELETEs;
     * every run starts from the same soft-deleted group, seeded and deleted untimed.
     */
    private void measureErase(int articles, int commentsPerArticle) throws Exception {
        long rows = 1 + articles + (long) articles * commentsPerArticle;
        Step prepare = () -> {
            seed(articles, commentsPerArticle, List.of("r_"));
            reprieveDelete();
        };
        Result hand = measure("hand-written SQL erase (3 DELETEs)", reps, prepare, this::handErase, this::checkErased);
        RowRef author = new RowRef("RAuthor", String.valueOf(AUTHOR));
        Result admin = measure("admin erase (TrashEraser)", reps, prepare, () -> eraser.erase(author, null, "bench"),
                this::checkErased);
        // as the confirmation page does it: the impact (untimed) names the rows, the erase checks they are the same
        String[] fingerprint = new String[1];
        Result confirmed = measure("admin erase, confirmed (fingerprint)", reps, () -> {
            prepare.run();
            fingerprint[0] = eraser.impact(author).fingerprint();
        }, () -> eraser.erase(author, fingerprint[0], "bench"), this::checkErased);
        out.printf(Locale.ROOT, "%nErase for good of the deleted group: 1 author x %,d articles x %,d comments = %,d rows%n",
                articles, commentsPerArticle, rows);
        out.printf(Locale.ROOT, "%-42s %13s %12s %12s %12s%n", "variant", "median", "vs hand SQL", "statements", "round trips");
        for (Result r : List.of(hand, admin, confirmed)) {
            out.printf(Locale.ROOT, "%-42s %13s %12s %,12d %,12d%n", r.name(), Measurements.format(r.millis()),
                    Measurements.ratio(r.millis(), hand.millis()), r.statements(), r.roundTrips());
        }
    }

    private void handErase() throws Exception {
        transaction(c -> {
            for (String sql : List.of(
                    "DELETE FROM r_comment WHERE article_id IN (SELECT id FROM r_article WHERE author_id = ?)",
                    "DELETE FROM r_article WHERE author_id = ?",
                    "DELETE FROM r_author WHERE id = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, AUTHOR);
                    ps.executeUpdate();
                }
            }
        });
    }

    /** No row of the erased group is left (the group was all the seeded rows). */
    private void checkErased() throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String table : R_TABLES) {
                BenchmarkCheck.equal(0L, BenchJdbc.count(s, "SELECT COUNT(*) FROM " + table), table + " rows left after the erase");
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private Result measure(String name, int repetitions, Step prepare, Step step, Step check) throws Exception {
        long[] counts = new long[2];
        List<Long> allocated = new ArrayList<>();
        double millis = Measurements.medianMillis(repetitions, new Measurements.Run() {
            @Override
            public void prepare() throws Exception {
                prepare.run();
                vacuum();
                counter.reset();
            }

            @Override
            public void step() throws Exception {
                long before = Allocations.now();
                step.run();
                allocated.add(Allocations.now() - before);
                counts[0] = counter.statements();
                counts[1] = counter.roundTrips();
            }

            @Override
            public void check() throws Exception {
                try {
                    check.run();
                } catch (BenchmarkCheck e) {
                    throw e.in(server.name() + ", " + name);
                }
            }
        });
        allocated.sort(null);
        return new Result(name, millis, counts[0], counts[1], allocated.get(allocated.size() / 2));
    }

    private void reprieveDelete() {
        reprieve.inTransaction(s -> s.remove(s.find(RAuthor.class, AUTHOR)));
    }

    private void reprieveRestore() {
        reprieve.inTransaction(s -> ReprieveRuntime.of(reprieve).operations().restore(s, RAuthor.class, AUTHOR));
    }

    private void hibernateDelete(SessionFactory factory) {
        factory.inTransaction(s -> s.remove(s.find(HAuthor.class, AUTHOR)));
    }

    private String lastHandDeletion;

    private void handDelete() throws Exception {
        String operation = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        transaction(c -> {
            for (String sql : List.of(
                    "UPDATE r_author SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE id = ? AND deleted_at IS NULL",
                    "UPDATE r_article SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE author_id = ? AND deleted_at IS NULL",
                    "UPDATE r_comment SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE article_id IN"
                            + " (SELECT id FROM r_article WHERE author_id = ?) AND deleted_at IS NULL")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setTimestamp(1, now);
                    ps.setString(2, "bench");
                    ps.setString(3, operation);
                    ps.setLong(4, AUTHOR);
                    ps.executeUpdate();
                }
            }
        });
        lastHandDeletion = operation;
    }

    private void handRestore() throws Exception {
        transaction(c -> {
            for (String table : R_TABLES) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                        + " SET deleted_at = NULL, deleted_by = NULL, deletion_id = NULL WHERE deletion_id = ?")) {
                    ps.setString(1, lastHandDeletion);
                    ps.executeUpdate();
                }
            }
        });
    }

    /**
     * Every seeded row is still there and marked deleted; on the Reprieve tables all carry one deletion id
     * ({@code deletionId} when given).
     */
    private void checkMarked(String[] tables, String deletionId) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < tables.length; i++) {
                BenchmarkCheck.equal(seeded[i], BenchJdbc.count(s, "SELECT COUNT(*) FROM " + tables[i]), tables[i] + " rows");
                BenchmarkCheck.equal(seeded[i], BenchJdbc.count(s, "SELECT COUNT(*) FROM " + tables[i]
                        + " WHERE deleted_at IS NOT NULL"), tables[i] + " rows marked deleted");
            }
            if (tables == R_TABLES) {
                BenchmarkCheck.equal(1L, BenchJdbc.count(s, "SELECT COUNT(DISTINCT deletion_id) FROM (SELECT deletion_id FROM r_author"
                        + " UNION ALL SELECT deletion_id FROM r_article UNION ALL SELECT deletion_id FROM r_comment) g"
                        + " WHERE deletion_id IS NOT NULL"), "deletion ids of the group");
                if (deletionId != null) {
                    BenchmarkCheck.equal(seeded[2], BenchJdbc.count(s, "SELECT COUNT(*) FROM r_author WHERE deletion_id = '"
                            + deletionId + "'"), "author rows with the hand-written deletion id");
                }
            }
        }
    }

    /** Every seeded row is still there and alive, with no deletion columns left. */
    private void checkRestored() throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < R_TABLES.length; i++) {
                BenchmarkCheck.equal(seeded[i], BenchJdbc.count(s, "SELECT COUNT(*) FROM " + R_TABLES[i]
                        + " WHERE deleted_at IS NULL AND deleted_by IS NULL AND deletion_id IS NULL"), R_TABLES[i] + " rows restored");
                BenchmarkCheck.equal(seeded[i], BenchJdbc.count(s, "SELECT COUNT(*) FROM " + R_TABLES[i]), R_TABLES[i] + " rows");
            }
        }
    }

    private void resetR() throws Exception {
        transaction(c -> {
            for (String table : R_TABLES) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE " + table + " SET deleted_at = NULL, deleted_by = NULL, deletion_id = NULL"
                            + " WHERE deleted_at IS NOT NULL OR deletion_id IS NOT NULL");
                }
            }
        });
    }

    private void resetH() throws Exception {
        transaction(c -> {
            for (String table : H_TABLES) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE " + table + " SET deleted_at = NULL WHERE deleted_at IS NOT NULL");
                }
            }
        });
    }

    private void vacuum() throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String table : R_TABLES) {
                s.execute((server.postgres() ? "VACUUM ANALYZE " : "ANALYZE TABLE ") + table);
            }
            for (String table : H_TABLES) {
                s.execute((server.postgres() ? "VACUUM ANALYZE " : "ANALYZE TABLE ") + table);
            }
        }
    }

    private void seed(int articles, int commentsPerArticle) throws Exception {
        seed(articles, commentsPerArticle, List.of("r_", "h_"));
    }

    /** Seeds the tables of the given models ({@code r_}: Reprieve's, {@code h_}: Hibernate's), emptied first. */
    private void seed(int articles, int commentsPerArticle, List<String> prefixes) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            for (String prefix : prefixes) {
                tables.addAll(List.of(prefix + "comment", prefix + "article", prefix + "author"));
            }
            if (server.postgres()) {
                s.execute("TRUNCATE " + String.join(", ", tables));
            } else {
                // InnoDB refuses TRUNCATE of a table a foreign key points at
                for (String table : tables) {
                    s.execute("DELETE FROM " + table);
                }
            }
        }
        transaction(c -> {
            for (String prefix : prefixes) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + prefix + "author (id, name) VALUES (?, ?)")) {
                    ps.setLong(1, AUTHOR);
                    ps.setString(2, "author");
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + prefix + "article (id, title, author_id) VALUES (?, ?, ?)")) {
                    for (long a = 1; a <= articles; a++) {
                        ps.setLong(1, a);
                        ps.setString(2, "article " + a);
                        ps.setLong(3, AUTHOR);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + prefix + "comment (id, text, article_id) VALUES (?, ?, ?)")) {
                    long id = 1;
                    for (long a = 1; a <= articles; a++) {
                        for (int k = 0; k < commentsPerArticle; k++) {
                            ps.setLong(1, id++);
                            ps.setString(2, "comment text " + k);
                            ps.setLong(3, a);
                            ps.addBatch();
                        }
                        if (a % 200 == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
            }
        });
    }

    private void transaction(BenchJdbc.Work work) throws Exception {
        BenchJdbc.transaction(pool, work);
    }
}

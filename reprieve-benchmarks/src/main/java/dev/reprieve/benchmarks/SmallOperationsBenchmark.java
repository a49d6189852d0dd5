package dev.reprieve.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.reprieve.benchmarks.cascade.ReprieveModel.RArticle;
import dev.reprieve.benchmarks.cascade.ReprieveModel.RAuthor;
import dev.reprieve.benchmarks.cascade.ReprieveModel.RComment;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.SoftDeletableEntity;
import dev.reprieve.hibernate.ReprieveStatementInspector;
import dev.reprieve.hibernate.SoftDeleteOperations;
import dev.reprieve.testing.CountingDataSource;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Small operations against their hand-written SQL floor, side by side: the cascade delete and the restore of
 * one author with 100 articles and 1,000 comments (1,101 rows) against three UPDATEs, and the delete of one
 * comment (no cascades, one parent) and of one note (no relationships at all) against one UPDATE each. Variants alternate sample by sample within each
 * round, so load on a shared machine hits them alike; the figures are the median of the round medians, the
 * range of the round medians, and the median (and range) of the per-round ratios to the floor. After every
 * sample it checks, untimed, that exactly the expected rows were marked (one deletion id per group) or restored.
 *
 * <p>Run alone: {@code mvn -q -B -pl reprieve-benchmarks -am package -DskipTests -Pbench
 * -Dbench.main=dev.reprieve.benchmarks.SmallOperationsBenchmark}; rounds and samples per round with
 * {@code -Dbench.rounds=5 -Dbench.samples=40}.
 */
public final class SmallOperationsBenchmark implements AutoCloseable {

    private static final long AUTHOR = 1L;
    private static final long COMMENT = 1L;
    private static final long NOTE = 1L;
    private static final String[] TABLES = {"r_comment", "r_article", "r_author"};

    /** A soft-deletable entity with no relationships: its delete neither cascades nor has parents to respect. */
    @Entity(name = "RNote")
    @Table(name = "r_note")
    public static class RNote extends SoftDeletableEntity {
        @Id public Long id;
        public String text;
    }

    private final BenchServer server;
    private final PrintStream out;
    private final HikariDataSource pool;
    private final CountingDataSource counter;
    private final SessionFactory reprieve;
    private final SoftDeleteOperations operations;
    /** Rows per table, in {@link #TABLES} order. */
    private final long[] seeded;
    private String lastHandDeletion;

    private SmallOperationsBenchmark(BenchServer server, String database, int articles, int commentsPerArticle,
            PrintStream out) throws Exception {
        this.server = server;
        this.out = out;
        server.ensureDatabase(database);
        this.counter = new CountingDataSource(server.url(database), server.user(), "");
        HikariDataSource hikari = new HikariDataSource();
        hikari.setDataSource(counter);
        hikari.setMaximumPoolSize(2);
        hikari.setAutoCommit(true);
        this.pool = hikari;
        Configuration cfg = new Configuration();
        for (Class<?> entity : List.of(RAuthor.class, RArticle.class, RComment.class, RNote.class)) {
            cfg.addAnnotatedClass(entity);
        }
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool);
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "create");
        cfg.setProperty(AvailableSettings.STATEMENT_INSPECTOR, ReprieveStatementInspector.class.getName());
        this.reprieve = cfg.buildSessionFactory();
        this.operations = ReprieveRuntime.of(reprieve).operations();
        this.seeded = new long[] {(long) articles * commentsPerArticle, articles, 1};
        seed(articles, commentsPerArticle);
    }

    public static void main(String[] args) throws Exception {
        run(BenchRun.full());
    }

    /** Full size: 1 x 100 x 10 (1,101 rows), a warm-up round, then 5 rounds of 40 samples; small: 1 x 5 x 2, 1 x 2. */
    public static void run(BenchRun run) throws Exception {
        int rounds = run.size(Integer.getInteger("bench.rounds", 5), 1);
        int samples = run.size(Integer.getInteger("bench.samples", 40), 2);
        int articles = run.size(100, 5);
        int comments = run.size(10, 2);
        for (BenchServer server : run.servers()) {
            try (SmallOperationsBenchmark bench = new SmallOperationsBenchmark(server, run.database("reprieve_bench_small_ops"),
                    articles, comments, run.out())) {
                bench.measure(rounds, samples, !run.small());
            }
        }
    }

    @Override
    public void close() {
        reprieve.close();
        pool.close();
    }

    private interface Step {
        void run() throws Exception;
    }

    /** One measured operation; the first variant of each family is its floor. */
    private record Variant(String family, String name, Step prepare, Step step, Step check) {
    }

    private List<Variant> variants() {
        return List.of(
                new Variant("delete", "hand-written delete (3 UPDATEs)", this::reset, this::handDelete,
                        () -> checkGroupMarked(lastHandDeletion)),
                new Variant("delete", "Reprieve softDelete by id (= deleteById)", this::reset,
                        () -> reprieve.inTransaction(s -> operations.softDelete(s, RAuthor.class, List.of(AUTHOR))),
                        () -> checkGroupMarked(null)),
                new Variant("delete", "Reprieve remove(find(author))", this::reset,
                        () -> reprieve.inTransaction(s -> s.remove(s.find(RAuthor.class, AUTHOR))),
                        () -> checkGroupMarked(null)),
                new Variant("restore", "hand-written restore (3 UPDATEs)", () -> {
                    reset();
                    handDelete();
                }, this::handRestore, this::checkAllAlive),
                new Variant("restore", "Reprieve restore", () -> {
                    reset();
                    reprieve.inTransaction(s -> operations.softDelete(s, RAuthor.class, List.of(AUTHOR)));
                }, () -> reprieve.inTransaction(s -> operations.restore(s, RAuthor.class, AUTHOR)), this::checkAllAlive),
                new Variant("one row", "hand-written delete of 1 comment (1 UPDATE)", this::reset, this::handDeleteOne,
                        this::checkOneMarked),
                new Variant("one row", "Reprieve softDelete of 1 comment by id", this::reset,
                        () -> reprieve.inTransaction(s -> operations.softDelete(s, RComment.class, List.of(COMMENT))),
                        this::checkOneMarked),
                new Variant("one row", "Reprieve remove(find(comment))", this::reset,
                        () -> reprieve.inTransaction(s -> s.remove(s.find(RComment.class, COMMENT))),
                        this::checkOneMarked),
                new Variant("note", "hand-written delete of 1 note (1 UPDATE)", this::reset, this::handDeleteNote,
                        this::checkNoteMarked),
                new Variant("note", "Reprieve softDelete of 1 note by id", this::reset,
                        () -> reprieve.inTransaction(s -> operations.softDelete(s, RNote.class, List.of(NOTE))),
                        this::checkNoteMarked),
                new Variant("note", "Reprieve remove(find(note))", this::reset,
                        () -> reprieve.inTransaction(s -> s.remove(s.find(RNote.class, NOTE))),
                        this::checkNoteMarked));
    }

    private void measure(int rounds, int samples, boolean warmup) throws Exception {
        List<Variant> variants = variants();
        if (warmup) {
            round(variants, samples);
        }
        int n = variants.size();
        double[][] roundMedians = new double[n][rounds];
        long[][] counts = new long[n][2];
        for (int r = 0; r < rounds; r++) {
            double[] medians = round(variants, samples, counts);
            for (int v = 0; v < n; v++) {
                roundMedians[v][r] = medians[v];
            }
        }
        long rows = seeded[0] + seeded[1] + seeded[2];
        out.printf(Locale.ROOT, "%n=== %s: small operations on 1 author x %,d articles x %,d comments = %,d rows;"
                        + " %d rounds of %d samples, variants alternating ===%n", server.name(), seeded[1],
                seeded[0] / Math.max(1, seeded[1]), rows, rounds, samples);
        out.printf(Locale.ROOT, "%-44s %10s %19s %8s %15s %5s %5s%n", "variant", "median ms", "round medians ms",
                "vs floor", "ratio range", "stmts", "trips");
        int floor = -1;
        for (int v = 0; v < n; v++) {
            Variant variant = variants.get(v);
            if (floor < 0 || !variants.get(floor).family().equals(variant.family())) {
                floor = v;
            }
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                ratios.add(roundMedians[v][r] / roundMedians[floor][r]);
            }
            out.printf(Locale.ROOT, "%-44s %10.2f %8.2f – %8.2f %7.2fx %6.2f – %5.2fx %5d %5d%n", variant.name(),
                    median(roundMedians[v]), min(roundMedians[v]), max(roundMedians[v]), Measurements.median(ratios),
                    ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0), counts[v][0], counts[v][1]);
        }
    }

    private double[] round(List<Variant> variants, int samples) throws Exception {
        return round(variants, samples, new long[variants.size()][2]);
    }

    /** @return each variant's median of this round, in milliseconds */
    private double[] round(List<Variant> variants, int samples, long[][] counts) throws Exception {
        vacuum();
        List<List<Double>> times = new ArrayList<>();
        variants.forEach(v -> times.add(new ArrayList<>()));
        for (int i = 0; i < samples; i++) {
            for (int v = 0; v < variants.size(); v++) {
                Variant variant = variants.get(v);
                variant.prepare().run();
                counter.reset();
                long start = System.nanoTime();
                variant.step().run();
                times.get(v).add((System.nanoTime() - start) / 1_000_000.0);
                counts[v][0] = counter.statements();
                counts[v][1] = counter.roundTrips();
                try {
                    variant.check().run();
                } catch (BenchmarkCheck e) {
                    throw e.in(server.name() + ", " + variant.name());
                }
            }
        }
        double[] medians = new double[variants.size()];
        for (int v = 0; v < medians.length; v++) {
            medians[v] = Measurements.median(times.get(v));
        }
        return medians;
    }

    private static double median(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double value : values) {
            list.add(value);
        }
        return Measurements.median(list);
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(0);
    }

    private void handDelete() throws Exception {
        String operation = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        transaction(c -> {
            for (String sql : List.of(
                    "UPDATE r_author SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE id = ? AND deleted_at IS NULL",
                    "UPDATE r_article SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE author_id = ? AND deleted_at IS NULL",
                    "UPDATE r_comment SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE article_id IN"
                            + " (SELECT id FROM r_article WHERE author_id = ?) AND deleted_at IS NULL")) {
                stamp(c, sql, now, operation, AUTHOR);
            }
        });
        lastHandDeletion = operation;
    }

    private void handDeleteOne() throws Exception {
        transaction(c -> stamp(c, "UPDATE r_comment SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE id = ?"
                + " AND deleted_at IS NULL", Timestamp.from(Instant.now()), UUID.randomUUID().toString(), COMMENT));
    }

    private void handDeleteNote() throws Exception {
        transaction(c -> stamp(c, "UPDATE r_note SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE id = ?"
                + " AND deleted_at IS NULL", Timestamp.from(Instant.now()), UUID.randomUUID().toString(), NOTE));
    }

    private static void stamp(Connection c, String sql, Timestamp now, String operation, long id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, now);
            ps.setString(2, "bench");
            ps.setString(3, operation);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    private void handRestore() throws Exception {
        transaction(c -> {
            for (String table : TABLES) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                        + " SET deleted_at = NULL, deleted_by = NULL, deletion_id = NULL WHERE deletion_id = ?")) {
                    ps.setString(1, lastHandDeletion);
                    ps.executeUpdate();
                }
            }
        });
    }

    /** Every row of the tree is there and marked, all with one deletion id ({@code deletionId} when given). */
    private void checkGroupMarked(String deletionId) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < TABLES.length; i++) {
                BenchmarkCheck.equal(seeded[i], BenchJdbc.count(s, "SELECT COUNT(*) FROM " + TABLES[i]
                        + " WHERE deleted_at IS NOT NULL"), TABLES[i] + " rows marked deleted");
                BenchmarkCheck.equal(seeded[i], BenchJdbc.count(s, "SELECT COUNT(*) FROM " + TABLES[i]), TABLES[i] + " rows");
            }
            BenchmarkCheck.equal(1L, BenchJdbc.count(s, "SELECT COUNT(DISTINCT deletion_id) FROM (SELECT deletion_id FROM r_author"
                    + " UNION ALL SELECT deletion_id FROM r_article UNION ALL SELECT deletion_id FROM r_comment) g"
                    + " WHERE deletion_id IS NOT NULL"), "deletion ids of the group");
            if (deletionId != null) {
                BenchmarkCheck.equal(1L, BenchJdbc.count(s, "SELECT COUNT(*) FROM r_author WHERE deletion_id = '"
                        + deletionId + "'"), "author rows with the hand-written deletion id");
            }
        }
    }

    /** Exactly the one comment is marked; every other row is alive. */
    private void checkOneMarked() throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            BenchmarkCheck.equal(1L, BenchJdbc.count(s, "SELECT COUNT(*) FROM r_comment WHERE id = " + COMMENT
                    + " AND deleted_at IS NOT NULL AND deletion_id IS NOT NULL"), "the comment marked deleted");
            long marked = 0;
            for (String table : TABLES) {
                marked += BenchJdbc.count(s, "SELECT COUNT(*) FROM " + table + " WHERE deleted_at IS NOT NULL");
            }
            BenchmarkCheck.equal(1L, marked, "rows marked deleted");
            BenchmarkCheck.equal(seeded[0], BenchJdbc.count(s, "SELECT COUNT(*) FROM r_comment"), "r_comment rows");
            BenchmarkCheck.equal(0L, BenchJdbc.count(s, "SELECT COUNT(*) FROM r_note WHERE deleted_at IS NOT NULL"),
                    "notes marked deleted");
        }
    }

    /** Exactly the note is marked; the tree is alive. */
    private void checkNoteMarked() throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            BenchmarkCheck.equal(1L, BenchJdbc.count(s, "SELECT COUNT(*) FROM r_note WHERE id = " + NOTE
                    + " AND deleted_at IS NOT NULL AND deletion_id IS NOT NULL"), "the note marked deleted");
            BenchmarkCheck.equal(1L, BenchJdbc.count(s, "SELECT COUNT(*) FROM r_note"), "r_note rows");
            long marked = 0;
            for (String table : TABLES) {
                marked += BenchJdbc.count(s, "SELECT COUNT(*) FROM " + table + " WHERE deleted_at IS NOT NULL");
            }
            BenchmarkCheck.equal(0L, marked, "tree rows marked deleted");
        }
    }

    /** Every row is there and alive, with no deletion columns left. */
    private void checkAllAlive() throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < TABLES.length; i++) {
                BenchmarkCheck.equal(seeded[i], BenchJdbc.count(s, "SELECT COUNT(*) FROM " + TABLES[i]
                        + " WHERE deleted_at IS NULL AND deleted_by IS NULL AND deletion_id IS NULL"), TABLES[i] + " rows restored");
                BenchmarkCheck.equal(seeded[i], BenchJdbc.count(s, "SELECT COUNT(*) FROM " + TABLES[i]), TABLES[i] + " rows");
            }
        }
    }

    private void reset() throws Exception {
        transaction(c -> {
            for (String table : List.of("r_comment", "r_article", "r_author", "r_note")) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE " + table + " SET deleted_at = NULL, deleted_by = NULL, deletion_id = NULL"
                            + " WHERE deleted_at IS NOT NULL OR deletion_id IS NOT NULL");
                }
            }
        });
    }

    private void vacuum() throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("r_comment", "r_article", "r_author", "r_note")) {
                s.execute((server.postgres() ? "VACUUM ANALYZE " : "ANALYZE TABLE ") + table);
            }
        }
    }

    private void seed(int articles, int commentsPerArticle) throws Exception {
        transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO r_note (id, text) VALUES (?, ?)")) {
                ps.setLong(1, NOTE);
                ps.setString(2, "note");
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO r_author (id, name) VALUES (?, ?)")) {
                ps.setLong(1, AUTHOR);
                ps.setString(2, "author");
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO r_article (id, title, author_id) VALUES (?, ?, ?)")) {
                for (long a = 1; a <= articles; a++) {
                    ps.setLong(1, a);
                    ps.setString(2, "article " + a);
                    ps.setLong(3, AUTHOR);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO r_comment (id, text, article_id) VALUES (?, ?, ?)")) {
                long id = 1;
                for (long a = 1; a <= articles; a++) {
                    for (int k = 0; k < commentsPerArticle; k++) {
                        ps.setLong(1, id++);
                        ps.setString(2, "comment text " + k);
                        ps.setLong(3, a);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    private void transaction(BenchJdbc.Work work) throws Exception {
        BenchJdbc.transaction(pool, work);
    }
}

package dev.reprieve.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.reprieve.benchmarks.bulk.BItem;
import dev.reprieve.core.event.Erased;
import dev.reprieve.core.event.Purged;
import dev.reprieve.core.event.ReprieveEvent;
import dev.reprieve.core.event.Restored;
import dev.reprieve.core.event.SoftDeleted;
import dev.reprieve.core.event.ReprieveListener;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.ReprieveStatementInspector;
import dev.reprieve.spring.internal.SoftDeleteJpaRepository;
import dev.reprieve.testing.CountingDataSource;
import jakarta.persistence.EntityManager;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.springframework.data.jpa.domain.DeleteSpecification;
import org.springframework.data.jpa.repository.support.JpaEntityInformationSupport;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repository's bulk paths against hand-written set-based SQL on the same table and rows: {@code deleteAllById}
 * of a tenth of the table's ids, {@code delete(specification)} matching that tenth, {@code deleteAllInBatch()} of the
 * whole table, and {@code restore} of the group one {@code deleteAllById} marked; Reprieve each time without and with
 * a {@link ReprieveListener} (one that keeps every event it hears, as an outbox or audit listener would). The
 * repository is the starter's own base class, run in Spring transactions as an application's repository is.
 *
 * <p>The variants of one path take turns within each repetition, so load on the machine falls on all alike. Prints
 * the median, the spread (fastest..slowest), the ratio of the medians to the hand-written SQL, the statements
 * sent and the bytes the step allocated on its thread. After every timed run it checks, untimed, that exactly the
 * rows of the path were marked with one deletion id (or all restored), that no row was removed, and that the
 * listener heard one event per operation.
 *
 * <p>Run alone: {@code mvn -q -B -pl reprieve-benchmarks -am package -DskipTests -Pbench -Dbench.only=bulk};
 * repetitions with {@code -Dbench.reps=5}; the table's size with {@code -Dbench.bulkRows=1000000}.
 */
public final class BulkBenchmark implements AutoCloseable {

    private static final String COLUMNS_NULL = "deleted_at = NULL, deleted_by = NULL, deletion_id = NULL";

    private final BenchServer server;
    private final PrintStream out;
    private final HikariDataSource pool;
    private final CountingDataSource counter;
    private final SessionFactory factory;
    private final TransactionTemplate tx;
    private final SoftDeleteJpaRepository<BItem, Long> repository;
    private final int reps;
    private final int rows;
    /** The ids of the tenth of the table the by-id paths and the specification select ({@code grp = 0}). */
    private final List<Long> tenth = new ArrayList<>();
    private final List<ReprieveEvent> heard = new CopyOnWriteArrayList<>();
    private final ReprieveListener listener = new RecordingListener(heard);

    private BulkBenchmark(BenchServer server, String database, int rows, int reps, PrintStream out) throws Exception {
        this.server = server;
        this.out = out;
        this.rows = rows;
        this.reps = reps;
        server.ensureDatabase(database);
        this.counter = new CountingDataSource(server.url(database), server.user(), "");
        HikariDataSource hikari = new HikariDataSource();
        hikari.setDataSource(counter);
        hikari.setMaximumPoolSize(3);
        hikari.setAutoCommit(true);
        this.pool = hikari;
        Configuration cfg = new Configuration();
        cfg.addAnnotatedClass(BItem.class);
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool);
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "update");
        cfg.setProperty(AvailableSettings.STATEMENT_INSPECTOR, ReprieveStatementInspector.class.getName());
        this.factory = cfg.buildSessionFactory();
        JpaTransactionManager manager = new JpaTransactionManager(factory);
        manager.setJpaDialect(new HibernateJpaDialect());
        manager.setDataSource(pool);
        this.tx = new TransactionTemplate(manager);
        EntityManager shared = SharedEntityManagerCreator.createSharedEntityManager(factory);
        this.repository = new SoftDeleteJpaRepository<>(
                JpaEntityInformationSupport.getEntityInformation(BItem.class, shared), shared);
        for (long id = 10; id <= rows; id += 10) {
            tenth.add(id);
        }
    }

    public static void main(String[] args) throws Exception {
        run(BenchRun.full());
    }

    /** Full size: a 1,000,000-row table, paths of 100,000 rows; small: 2,000 rows, 2 repetitions. */
    public static void run(BenchRun run) throws Exception {
        int reps = run.size(Integer.getInteger("bench.reps", 5), 2);
        int rows = run.size(Integer.getInteger("bench.bulkRows", 1_000_000), 2_000);
        for (BenchServer server : run.servers()) {
            try (BulkBenchmark bench = new BulkBenchmark(server, run.database("reprieve_bench_bulk"), rows, reps, run.out())) {
                bench.seed();
                run.out().printf(Locale.ROOT, "%n=== %s: bulk paths on a %,d-row table, median of %d, variants taking"
                        + " turns ===%n", server.name(), rows, reps);
                if (!run.small()) {
                    bench.warmUp();
                }
                bench.measureAll();
            }
        }
    }

    @Override
    public void close() {
        ReprieveRuntime.of(factory).removeListener(listener);
        factory.close();
        pool.close();
    }

    private interface Step {
        void run() throws Exception;
    }

    /** One variant of a path: untimed preparation, the timed step, the untimed check. */
    private record Variant(String name, Step prepare, Step step, Step check, boolean listening) {
    }

    private record Result(String name, List<Double> millis, long statements, List<Long> allocated) {
        double median() {
            return Measurements.median(millis);
        }

        long medianAllocated() {
            List<Long> sorted = new ArrayList<>(allocated);
            Collections.sort(sorted);
            return sorted.get(sorted.size() / 2);
        }
    }

    private void warmUp() throws Exception {
        for (Variant v : List.of(byIds(false), bySpecification(false), restoreGroup(false))) {
            v.prepare().run();
            v.step().run();
        }
        resetAll();
    }

    private void measureAll() throws Exception {
        int part = tenth.size();
        report(String.format(Locale.ROOT, "deleteAllById of %,d ids", part), measure(List.of(
                new Variant("hand-written SQL (UPDATE ... WHERE id IN, per 1,000 ids)", this::resetAll, this::handByIds,
                        () -> checkMarked(part), false),
                byIds(false), byIds(true))));
        report(String.format(Locale.ROOT, "delete(specification) matching %,d rows", part), measure(List.of(
                new Variant("hand-written SQL (one UPDATE ... WHERE grp = 0)", this::resetAll, this::handBySpecification,
                        () -> checkMarked(part), false),
                bySpecification(false), bySpecification(true))));
        report(String.format(Locale.ROOT, "deleteAllInBatch() of the %,d-row table", rows), measure(List.of(
                new Variant("hand-written SQL (one UPDATE)", this::resetAll, this::handAll, () -> checkMarked(rows), false),
                all(false), all(true))));
        report(String.format(Locale.ROOT, "restore of a %,d-row group", part), measure(List.of(
                new Variant("hand-written SQL (one UPDATE ... WHERE deletion_id = ?)", () -> {
                    resetAll();
                    handByIds();
                }, this::handRestore, this::checkRestored, false),
                restoreGroup(false), restoreGroup(true))));
    }

    private Variant byIds(boolean listening) {
        return new Variant("Reprieve deleteAllById" + suffix(listening), this::resetAll,
                () -> tx.executeWithoutResult(t -> repository.deleteAllById(tenth)), () -> checkMarked(tenth.size()), listening);
    }

    private Variant bySpecification(boolean listening) {
        DeleteSpecification<BItem> spec = (root, delete, cb) -> cb.equal(root.get("grp"), 0);
        return new Variant("Reprieve delete(specification)" + suffix(listening), this::resetAll,
                () -> tx.executeWithoutResult(t -> repository.delete(spec)), () -> checkMarked(tenth.size()), listening);
    }

    private Variant all(boolean listening) {
        return new Variant("Reprieve deleteAllInBatch()" + suffix(listening), this::resetAll,
                () -> tx.executeWithoutResult(t -> repository.deleteAllInBatch()), () -> checkMarked(rows), listening);
    }

    private Variant restoreGroup(boolean listening) {
        return new Variant("Reprieve restore(id) of the group" + suffix(listening), () -> {
            resetAll();
            tx.executeWithoutResult(t -> repository.deleteAllById(tenth));
        }, () -> tx.executeWithoutResult(t -> repository.restore(tenth.get(0))), this::checkRestored, listening);
    }

    /** What a typical listener does: keeps each event (an outbox, an audit trail), here in a list. */
    static final class RecordingListener implements ReprieveListener {
        private final List<ReprieveEvent> events;

        RecordingListener(List<ReprieveEvent> events) {
            this.events = events;
        }

        @Override
        public void softDeleted(SoftDeleted event) {
            events.add(event);
        }

        @Override
        public void restored(Restored event) {
            events.add(event);
        }

        @Override
        public void purged(Purged event) {
            events.add(event);
        }

        @Override
        public void erased(Erased event) {
            events.add(event);
        }
    }

    private static String suffix(boolean listening) {
        return listening ? ", with a listener" : "";
    }

    /** Runs the variants in turn, {@code reps} times, each prepared and checked untimed. */
    private List<Result> measure(List<Variant> variants) throws Exception {
        List<List<Double>> times = new ArrayList<>();
        List<List<Long>> bytes = new ArrayList<>();
        long[] statements = new long[variants.size()];
        for (int i = 0; i < variants.size(); i++) {
            times.add(new ArrayList<>());
            bytes.add(new ArrayList<>());
        }
        ReprieveRuntime runtime = ReprieveRuntime.of(factory);
        for (int rep = 0; rep < reps; rep++) {
            for (int i = 0; i < variants.size(); i++) {
                Variant v = variants.get(i);
                v.prepare().run();
                vacuum();
                heard.clear();
                if (v.listening()) {
                    runtime.addListener(listener);
                }
                counter.reset();
                long allocated = Allocations.now();
                long start = System.nanoTime();
                try {
                    v.step().run();
                } finally {
                    runtime.removeListener(listener);
                }
                times.get(i).add((System.nanoTime() - start) / 1_000_000.0);
                bytes.get(i).add(Allocations.now() - allocated);
                statements[i] = counter.statements();
                try {
                    v.check().run();
                    if (v.listening()) {
                        BenchmarkCheck.equal(1, heard.size(), "events heard by the listener");
                    }
                } catch (BenchmarkCheck e) {
                    throw e.in(server.name() + ", " + v.name());
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            results.add(new Result(variants.get(i).name(), times.get(i), statements[i], bytes.get(i)));
        }
        return results;
    }

    private void report(String title, List<Result> results) {
        out.printf(Locale.ROOT, "%n%s%n", title);
        out.printf(Locale.ROOT, "%-58s %13s %21s %12s %11s %14s%n", "variant", "median", "spread (min..max)", "vs hand SQL",
                "statements", "allocated");
        double floor = results.get(0).median();
        for (Result r : results) {
            out.printf(Locale.ROOT, "%-58s %13s %21s %12s %,11d %14s%n", r.name(), Measurements.format(r.median()),
                    String.format(Locale.ROOT, "%.0f..%.0f ms", Collections.min(r.millis()), Collections.max(r.millis())),
                    Measurements.ratio(r.median(), floor), r.statements(), Allocations.format(r.medianAllocated()));
        }
        out.printf(Locale.ROOT, "with a listener vs without: %.2fx%n", results.get(2).median() / results.get(1).median());
    }

    private String lastHandDeletion;

    private void handByIds() throws Exception {
        String operation = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        transaction(c -> {
            for (int from = 0; from < tenth.size(); from += 1000) {
                List<Long> chunk = tenth.subList(from, Math.min(tenth.size(), from + 1000));
                String sql = "UPDATE b_item SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE id IN ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") AND deleted_at IS NULL";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setTimestamp(1, now);
                    ps.setString(2, "bench");
                    ps.setString(3, operation);
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(4 + i, chunk.get(i));
                    }
                    ps.executeUpdate();
                }
            }
        });
        lastHandDeletion = operation;
    }

    private void handBySpecification() throws Exception {
        handUpdate("UPDATE b_item SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE grp = 0 AND deleted_at IS NULL");
    }

    private void handAll() throws Exception {
        handUpdate("UPDATE b_item SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE deleted_at IS NULL");
    }

    private void handUpdate(String sql) throws Exception {
        String operation = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setTimestamp(1, now);
                ps.setString(2, "bench");
                ps.setString(3, operation);
                ps.executeUpdate();
            }
        });
    }

    private void handRestore() throws Exception {
        transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE b_item SET " + COLUMNS_NULL + " WHERE deletion_id = ?")) {
                ps.setString(1, lastHandDeletion);
                ps.executeUpdate();
            }
        });
    }

    /** Exactly {@code marked} rows are deleted, all by one operation, and the table lost no row. */
    private void checkMarked(long marked) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            BenchmarkCheck.equal((long) rows, BenchJdbc.count(s, "SELECT COUNT(*) FROM b_item"), "rows");
            BenchmarkCheck.equal(marked, BenchJdbc.count(s, "SELECT COUNT(*) FROM b_item WHERE deleted_at IS NOT NULL"
                    + " AND deletion_id IS NOT NULL"), "rows marked deleted");
            BenchmarkCheck.equal(1L, BenchJdbc.count(s, "SELECT COUNT(DISTINCT deletion_id) FROM b_item"), "deletion ids");
            if (marked < rows) {
                BenchmarkCheck.equal(0L, BenchJdbc.count(s, "SELECT COUNT(*) FROM b_item WHERE deleted_at IS NOT NULL"
                        + " AND grp <> 0"), "rows marked outside the tenth");
            }
        }
    }

    /** Every row is alive again, with no deletion columns left, and the table lost no row. */
    private void checkRestored() throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            BenchmarkCheck.equal((long) rows, BenchJdbc.count(s, "SELECT COUNT(*) FROM b_item"), "rows");
            BenchmarkCheck.equal((long) rows, BenchJdbc.count(s, "SELECT COUNT(*) FROM b_item WHERE deleted_at IS NULL"
                    + " AND deleted_by IS NULL AND deletion_id IS NULL"), "rows restored");
        }
    }

    private void resetAll() throws Exception {
        transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE b_item SET " + COLUMNS_NULL + " WHERE deleted_at IS NOT NULL OR deletion_id IS NOT NULL");
            }
        });
    }

    private void vacuum() throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute((server.postgres() ? "VACUUM ANALYZE " : "ANALYZE TABLE ") + "b_item");
        }
    }

    /** Loads {@code rows} rows unless the table holds them already; {@code grp} is the id modulo 10. */
    private void seed() throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            if (BenchJdbc.count(s, "SELECT COUNT(*) FROM b_item") == rows
                    && BenchJdbc.count(s, "SELECT COUNT(*) FROM b_item WHERE grp = 0") == tenth.size()) {
                resetAll();
                return;
            }
            s.execute(server.postgres() ? "TRUNCATE b_item" : "DELETE FROM b_item");
            s.execute(server.postgres()
                    ? "INSERT INTO b_item (id, grp, name) SELECT g, g % 10, 'item ' || g FROM generate_series(1, " + rows + ") g"
                    : "INSERT INTO b_item (id, grp, name) SELECT seq, seq % 10, CONCAT('item ', seq) FROM seq_1_to_" + rows);
        }
    }

    private void transaction(BenchJdbc.Work work) throws Exception {
        BenchJdbc.transaction(pool, work);
    }
}

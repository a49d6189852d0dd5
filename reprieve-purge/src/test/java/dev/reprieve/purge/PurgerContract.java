package dev.reprieve.purge;

import static dev.reprieve.purge.PurgeTables.ALIVE_NOTES;
import static dev.reprieve.purge.PurgeTables.ALIVE_PARENTS;
import static dev.reprieve.purge.PurgeTables.BATCH_SIZE;
import static dev.reprieve.purge.PurgeTables.CHILDREN_PER_PARENT;
import static dev.reprieve.purge.PurgeTables.EXPIRED_NOTES;
import static dev.reprieve.purge.PurgeTables.EXPIRED_PARENTS;
import static dev.reprieve.purge.PurgeTables.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The purger over plain JDBC tables. Crash safety for real: a second JVM purges and is killed with SIGKILL
 * while a batch's statements have run and its commit has not; the database must hold every batch whole or
 * not at all, and the next run must finish the work. And batches sized by time. Subclasses pick the database.
 */
abstract class PurgerContract {

    private HikariDataSource dataSource;
    private SoftDeleteDialect dialect;

    /** JDBC URL, user and password of the database both JVMs use. */
    abstract String[] database();

    @BeforeEach
    void load() throws SQLException {
        String[] db = database();
        dataSource = PurgeTables.dataSource(db[0], db[1], db[2]);
        dialect = PurgeTables.dialect(dataSource);
        String ts = dialect.timestampType();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("purger_child", "purger_note", "purger_parent")) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
            for (String table : List.of("purger_note", "purger_parent")) {
                s.execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, deleted_at " + ts
                        + ", deleted_by VARCHAR(255), deletion_id VARCHAR(255))");
            }
            s.execute("CREATE TABLE purger_child (id BIGINT PRIMARY KEY, parent_id BIGINT NOT NULL,"
                    + " FOREIGN KEY (parent_id) REFERENCES purger_parent (id))");
            insertInterleaved(c, "purger_note", EXPIRED_NOTES + ALIVE_NOTES);
            insertInterleaved(c, "purger_parent", EXPIRED_PARENTS + ALIVE_PARENTS);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO purger_child (id, parent_id) VALUES (?, ?)")) {
                for (long parent = 1; parent <= EXPIRED_PARENTS + ALIVE_PARENTS; parent++) {
                    for (int k = 0; k < CHILDREN_PER_PARENT; k++) {
                        ps.setLong(1, parent * 10 + k);
                        ps.setLong(2, parent);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    /** Rows 1..n; every third alive, the others deleted 40 days before {@link PurgeTables#NOW}. */
    private void insertInterleaved(Connection c, String table, int rows) throws SQLException {
        Instant expired = NOW.minus(Duration.ofDays(40));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                + " (id, deleted_at, deleted_by, deletion_id) VALUES (?, ?, ?, ?)")) {
            for (long id = 1; id <= rows; id++) {
                boolean alive = id % 3 == 0;
                ps.setLong(1, id);
                if (alive) {
                    ps.setNull(2, java.sql.Types.TIMESTAMP);
                } else {
                    dialect.bindInstant(ps, 2, expired);
                }
                ps.setString(3, alive ? null : "tester");
                ps.setString(4, alive ? null : table + "-" + id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void killedInsideALockedBatchTheDatabaseKeepsWholeBatchesAndTheNextRunFinishes() throws Exception {
        killPurgeWhilePausedIn("PurgerParent", 3);

        assertThat(count("purger_note")).as("notes went first, all their batches committed").isEqualTo(ALIVE_NOTES);
        assertThat(count("purger_parent")).as("two batches of parents committed, the third rolled back whole")
                .isEqualTo(EXPIRED_PARENTS + ALIVE_PARENTS - 2 * BATCH_SIZE);
        assertThat(childrenPerParent()).as("no parent lost part of its children").containsOnly(CHILDREN_PER_PARENT);

        PurgeTables.purger(dataSource, dialect, PurgeListener.NONE).purge();

        assertOnlyAliveRowsRemain();
    }

    @Test
    void killedInsideARangeBatchNothingOfThatBatchIsLostAndTheNextRunFinishes() throws Exception {
        killPurgeWhilePausedIn("PurgerNote", 1);

        assertThat(count("purger_note")).as("the open range batch rolled back whole")
                .isEqualTo(EXPIRED_NOTES + ALIVE_NOTES);
        assertThat(count("purger_parent")).isEqualTo(EXPIRED_PARENTS + ALIVE_PARENTS);

        PurgeTables.purger(dataSource, dialect, PurgeListener.NONE).purge();

        assertOnlyAliveRowsRemain();
    }

    @Test
    void batchesSlowerThanTheBatchTimeMakeTheNextSmallerDownToOneRowAndEveryExpiredRowStillGoes() throws Exception {
        Map<String, List<Integer>> batches = new ConcurrentHashMap<>();
        PurgeListener record = recordingInto(batches);

        PurgeTables.purger(dataSource, dialect, record, Duration.ofNanos(1)).purge();

        assertThat(batches.get("PurgerParent")).as("every batch is slower than 1 ns: 10, a quarter, then one row")
                .startsWith(BATCH_SIZE, BATCH_SIZE / 4, 1).hasSize(2 + EXPIRED_PARENTS - BATCH_SIZE - BATCH_SIZE / 4);
        assertThat(batches.get("PurgerNote")).startsWith(BATCH_SIZE).hasSizeGreaterThan(EXPIRED_NOTES / 2)
                .allSatisfy(rows -> assertThat(rows).isBetween(1, BATCH_SIZE));
        assertThat(batches.get("PurgerNote").subList(1, batches.get("PurgerNote").size()))
                .allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(BATCH_SIZE / 4));
        assertOnlyAliveRowsRemain();
    }

    @Test
    void batchesWithinTheBatchTimeKeepTheBatchSize() throws Exception {
        Map<String, List<Integer>> batches = new ConcurrentHashMap<>();
        PurgeListener record = recordingInto(batches);

        PurgeTables.purger(dataSource, dialect, record, Duration.ofMinutes(1)).purge();

        assertThat(batches.get("PurgerParent")).hasSize(EXPIRED_PARENTS / BATCH_SIZE).containsOnly(BATCH_SIZE);
        assertOnlyAliveRowsRemain();
    }

    /** Records the rows of each committed batch, per entity. */
    private static PurgeListener recordingInto(Map<String, List<Integer>> batches) {
        return new PurgeListener() {
            @Override
            public void batchCommitted(String entityName, int rows, Duration took) {
                batches.computeIfAbsent(entityName, e -> new CopyOnWriteArrayList<>()).add(rows);
            }
        };
    }

    private void assertOnlyAliveRowsRemain() throws SQLException {
        assertThat(count("purger_note")).isEqualTo(ALIVE_NOTES);
        assertThat(count("purger_parent")).isEqualTo(ALIVE_PARENTS);
        assertThat(scalar("SELECT COUNT(*) FROM purger_note WHERE deleted_at IS NOT NULL")).isZero();
        assertThat(scalar("SELECT COUNT(*) FROM purger_parent WHERE deleted_at IS NOT NULL")).isZero();
        assertThat(count("purger_child")).isEqualTo((long) ALIVE_PARENTS * CHILDREN_PER_PARENT);
        assertThat(childrenPerParent()).containsOnly(CHILDREN_PER_PARENT);
    }

    /** Starts the purge in another JVM, waits until it pauses in the given batch, and kills it with SIGKILL. */
    private void killPurgeWhilePausedIn(String entity, int batch) throws Exception {
        String[] db = database();
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + "/bin/java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PurgeUntilKilled.class.getName(), db[0], db[1], db[2], entity, String.valueOf(batch))
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (Exception ignored) {
                // the process died; what it said is in the queue
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!output.contains("PAUSED") && System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    output.add(line);
                } else if (!reader.isAlive() && lines.isEmpty()) {
                    break; // the process ended without pausing
                }
            }
            assertThat(output).as("the purging JVM said").contains("PAUSED");
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the purging JVM died").isTrue();
        }
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    private long count(String table) throws SQLException {
        return scalar("SELECT COUNT(*) FROM " + table);
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How many children each remaining parent has, one value per parent. */
    private List<Integer> childrenPerParent() throws SQLException {
        List<Integer> counts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM purger_child k WHERE k.parent_id = p.id)"
                        + " FROM purger_parent p")) {
            while (rs.next()) {
                counts.add(rs.getInt(1));
            }
        }
        return counts;
    }
}

package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.reprieve.spring.RetentionService;
import dev.reprieve.spring.app.Note;
import dev.reprieve.spring.app.TestApp;
import dev.reprieve.spring.app.Todo;
import dev.reprieve.spring.app.TodoRepository;
import dev.reprieve.testing.MutableClock;
import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A primary and a hot standby (127.0.0.1:5433, started by {@code .ci/standby}) behind a routing data source
 * that sends read-only transactions to the standby, as Spring applications do. Reads on the standby hide
 * deleted rows; Reprieve's own reads inside delete, preview, restore and purge go to the primary, also while
 * replay on the standby is paused so that it lacks the rows these operations work on.
 */
@RequiresDatabase(TestDatabase.POSTGRES)
@SpringBootTest(classes = {TestApp.class, PostgresReadReplicaTest.Routing.class},
        properties = "spring.jpa.hibernate.ddl-auto=create-drop")
class PostgresReadReplicaTest {

    static final String DATABASE = "reprieve_replica";

    @Autowired TodoRepository todos;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager entityManager;
    @Autowired RetentionService retention;
    @Autowired MutableClock clock;

    @BeforeAll
    static void standbyAnswers() throws SQLException {
        boolean up = standbyUp();
        if (!up && TestDatabase.mandatory()) {
            throw new IllegalStateException("no PostgreSQL standby on 127.0.0.1:5433 (CI=true: mandatory); start it with .ci/standby");
        }
        assumeThat(up).as("no PostgreSQL standby on 127.0.0.1:5433; start it with .ci/standby").isTrue();
        primaryUrl(); // creates the database on the primary
        replay(true); // and waits until the standby has it
    }

    static boolean standbyUp() {
        try (Connection c = standbyControl()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** A connection to the standby's maintenance database, for replay control (WAL positions are server-wide). */
    static Connection standbyControl() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5433/postgres", TestDatabase.POSTGRES.user(),
                TestDatabase.POSTGRES.password());
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.POSTGRES.springProperties(DATABASE).forEach((k, v) -> registry.add(k, () -> v));
    }

    static String primaryUrl() {
        return TestDatabase.POSTGRES.ensureDatabase(DATABASE);
    }

    static String replicaUrl() {
        return primaryUrl().replace("127.0.0.1:5432", "127.0.0.1:5433");
    }

    /** Read-only transactions go to the standby, everything else to the primary. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Routing {
        @Bean
        DataSource dataSource() {
            AbstractRoutingDataSource routing = new AbstractRoutingDataSource() {
                @Override
                protected Object determineCurrentLookupKey() {
                    return TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? "replica" : "primary";
                }
            };
            HikariDataSource primary = pool(primaryUrl());
            routing.setTargetDataSources(Map.of("primary", primary, "replica", pool(replicaUrl())));
            routing.setDefaultTargetDataSource(primary);
            routing.afterPropertiesSet();
            return new LazyConnectionDataSourceProxy(routing);
        }

        private static HikariDataSource pool(String url) {
            HikariDataSource ds = new HikariDataSource();
            ds.setJdbcUrl(url);
            ds.setUsername(TestDatabase.POSTGRES.user());
            ds.setPassword(TestDatabase.POSTGRES.password());
            ds.setMaximumPoolSize(3);
            ds.setMinimumIdle(0);
            return ds;
        }
    }

    @BeforeEach
    void clean() throws SQLException {
        replay(true);
        for (String table : List.of("todo", "note")) {
            jdbc.update("delete from " + table);
        }
        clock.set(TestApp.START);
    }

    @AfterEach
    void resume() throws SQLException {
        replay(true);
    }

    <T> T readOnly(java.util.function.Supplier<T> read) {
        TransactionTemplate ro = new TransactionTemplate(tx.getTransactionManager());
        ro.setReadOnly(true);
        return ro.execute(status -> read.get());
    }

    @Test
    void readsOnTheReplicaHideDeletedRows() throws SQLException {
        Todo kept = todos.save(new Todo("kept"));
        Todo gone = todos.save(new Todo("gone"));
        todos.deleteById(gone.getId());
        waitForReplica();

        assertThat(readOnly(() -> jdbc.queryForObject("select pg_is_in_recovery()", Boolean.class)))
                .as("read-only transactions really read the standby").isTrue();
        assertThat(readOnly(() -> todos.findAll().stream().map(Todo::getId).toList())).containsExactly(kept.getId());
        assertThat(readOnly(() -> todos.findById(gone.getId()))).isEmpty();
        assertThat(readOnly(() -> todos.count())).isEqualTo(1);
    }

    @Test
    void reprievesOwnReadsGoToThePrimaryWhileTheReplicaIsBehind() throws SQLException {
        replay(false);
        Todo todo = todos.save(new Todo("written after the standby stopped replaying"));
        assertThat(readOnly(() -> todos.findById(todo.getId()))).as("the standby lacks it").isEmpty();

        assertThat(todos.previewDeletion(todo.getId())).isNotNull();
        todos.deleteById(todo.getId());
        assertThat(jdbc.queryForObject("select count(*) from todo where id = ? and deleted_at is not null", Long.class,
                todo.getId())).isEqualTo(1);

        Todo restored = todos.restore(todo.getId());
        assertThat(restored.getId()).isEqualTo(todo.getId());
        assertThat(jdbc.queryForObject("select count(*) from todo where id = ? and deleted_at is null", Long.class,
                todo.getId())).as("alive again on the primary").isEqualTo(1);
        assertThat(todos.findById(todo.getId())).as("a read-only read right after the restore still sees the"
                + " lagging standby (see docs/scaling.md)").isEmpty();

        Long noteId = tx.execute(s -> {
            Note note = new Note("expires", null);
            entityManager.persist(note);
            return note.getId();
        });
        tx.executeWithoutResult(s -> entityManager.remove(entityManager.find(Note.class, noteId)));
        clock.set(TestApp.START.plus(Duration.ofDays(40)));

        assertThat(retention.purgeNow().totalPurged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from note where id = ?", Long.class, noteId)).isZero();
    }

    /** Resumes (or pauses) replay on the standby; resuming waits until it has caught up with the primary. */
    private static void replay(boolean on) throws SQLException {
        try (Connection c = standbyControl(); var s = c.createStatement()) {
            s.execute(on ? "select pg_wal_replay_resume()" : "select pg_wal_replay_pause()");
        }
        if (on) {
            waitForReplica();
        }
    }

    private static void waitForReplica() throws SQLException {
        String lsn;
        try (Connection p = DriverManager.getConnection(primaryUrl(), TestDatabase.POSTGRES.user(), TestDatabase.POSTGRES.password());
                var rs = p.createStatement().executeQuery("select pg_current_wal_lsn()::text")) {
            rs.next();
            lsn = rs.getString(1);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (Connection r = standbyControl(); var ps = r.prepareStatement(
                "select pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
            ps.setString(1, lsn);
            while (System.nanoTime() < deadline) {
                try (var rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return;
                    }
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("the standby did not catch up with " + lsn + " within 30 s");
    }
}

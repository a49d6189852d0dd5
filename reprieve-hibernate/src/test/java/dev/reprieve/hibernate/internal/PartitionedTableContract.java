package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.DeleterProvider;
import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.RestoreConflictException;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.schema.SchemaFinding;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.ReprieveSettings;
import dev.reprieve.hibernate.SoftDeleteOperations;
import dev.reprieve.hibernate.UniqueViolations;
import dev.reprieve.hibernate.model.partition.Ledger;
import dev.reprieve.purge.ArchiveMode;
import dev.reprieve.purge.PurgeListener;
import dev.reprieve.purge.PurgePolicy;
import dev.reprieve.purge.PurgeReport;
import dev.reprieve.purge.Purger;
import dev.reprieve.testing.CountingDataSource;
import dev.reprieve.testing.MutableClock;
import dev.reprieve.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A table partitioned by range (region) on a server that partitions: soft delete, restore, unique-when-alive,
 * the purge in batches within their limit, and the schema check all work across partitions. H2 has no
 * partitioning, so there is no H2 subclass. The table is created by hand (Hibernate cannot create a
 * partitioned table); Reprieve's own DDL then adds its indexes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PartitionedTableContract {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    static final int BATCH = 20;

    final MutableClock clock = new MutableClock(T0);
    SessionFactory factory;

    abstract TestDatabase database();

    /** Creates table {@code ledger} partitioned by range of region: [0, 100) and [100, 200). */
    abstract List<String> createPartitionedTable(String timestampType);

    /** Whether the catalog now describes {@code ledger} as partitioned (so the test is not fooled by a plain table). */
    abstract boolean isPartitioned(Connection connection) throws SQLException;

    @BeforeAll
    void start() throws SQLException {
        SessionFactory bare = build("off");
        SoftDeleteDialect dialect = ReprieveRuntime.of(bare).dialect();
        bare.close();
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS ledger");
            for (String ddl : createPartitionedTable(dialect.timestampType())) {
                s.execute(ddl);
            }
        }
        bare = build("off");
        ReprieveRuntime runtime = ReprieveRuntime.of(bare);
        SoftDeleteTable table = runtime.model().require(Ledger.class);
        List<String> reprieveDdl = new ArrayList<>(dialect.createIndexes(table));
        runtime.uniqueConstraints().forEach(key -> reprieveDdl.addAll(dialect.createUniqueWhenAlive(key)));
        bare.close();
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (String ddl : reprieveDdl) {
                s.execute(ddl);
            }
        }
        factory = build("warn");
    }

    private SessionFactory build(String schemaCheck) {
        var cfg = HibernateTestFactory.configuration(database(), clock, DeleterProvider.NONE, Ledger.class);
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        cfg.setProperty(ReprieveSettings.SCHEMA_CHECK, schemaCheck);
        return cfg.buildSessionFactory();
    }

    @AfterAll
    void stop() {
        if (factory != null) {
            factory.close();
        }
    }

    @BeforeEach
    void clean() {
        HardDeletes.run(() -> factory.inTransaction(s -> s.createNativeMutationQuery("delete from ledger").executeUpdate()));
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(database().ensureDatabase("reprieve_hibernate"), database().user(),
                database().password());
    }

    <T> T tx(Function<Session, T> work) {
        return factory.fromTransaction(work::apply);
    }

    SoftDeleteOperations ops() {
        return ReprieveRuntime.of(factory).operations();
    }

    void insert(long id, int region, String code) {
        factory.inTransaction(s -> s.persist(new Ledger(id, region, code)));
    }

    long alive(String where) {
        return tx(s -> ((Number) s.createNativeQuery("select count(*) from ledger where deleted_at is null and " + where,
                Object.class).getSingleResult()).longValue());
    }

    List<Long> visibleIds() {
        return tx(s -> s.createQuery("select l.id from Ledger l order by l.id", Long.class).getResultList());
    }

    @Test
    void theTableIsPartitionedAndTheSchemaCheckFindsNothing() throws SQLException {
        try (Connection c = connection()) {
            assertThat(isPartitioned(c)).isTrue();
        }
        var report = ReprieveRuntime.of(factory).schemaReport();
        assertThat(report.ran()).isTrue();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void theSchemaCheckReadsThePartitionedTablesIndexes() throws SQLException {
        SoftDeleteDialect dialect = ReprieveRuntime.of(factory).dialect();
        var key = ReprieveRuntime.of(factory).uniqueConstraints().get(0);
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute(dropIndex(key.indexName()));
        }
        try (SessionFactory withoutKey = build("warn")) {
            assertThat(ReprieveRuntime.of(withoutKey).schemaReport().findings()).singleElement()
                    .satisfies(f -> assertThat(f.kind()).isEqualTo(SchemaFinding.Kind.MISSING_UNIQUE_WHEN_ALIVE_INDEX));
        } finally {
            try (Connection c = connection(); Statement s = c.createStatement()) {
                for (String ddl : dialect.createUniqueWhenAlive(key)) {
                    s.execute(ddl);
                }
            }
        }
    }

    /** DROP INDEX in this database's syntax. */
    abstract String dropIndex(String name);

    @Test
    void rowsInEveryPartitionAreSoftDeletedHiddenAndRestored() {
        insert(1, 10, "a");
        insert(2, 150, "b");
        insert(3, 150, "c");

        int marked = tx(s -> ops().softDelete(s, Ledger.class, List.of(1L)))
                + tx(s -> ops().softDelete(s, Ledger.class, List.of(2L)));

        assertThat(marked).isEqualTo(2);
        assertThat(visibleIds())
                .containsExactly(3L);
        assertThat(this.<Ledger>tx(s -> s.find(Ledger.class, 2L))).isNull();
        assertThat(tx(s -> ops().findIncludingDeleted(s, Ledger.class, 2L)).orElseThrow().isDeleted()).isTrue();

        tx(s -> ops().restore(s, Ledger.class, 2L));

        assertThat(visibleIds()).as("only the second operation's row came back").containsExactly(2L, 3L);
        assertThat(alive("region < 100")).isZero();
    }

    @Test
    void uniqueWhenAliveHoldsInEachPartition() {
        insert(1, 10, "same");
        insert(2, 150, "same"); // another region: another key

        assertThatThrownBy(() -> insert(3, 10, "same")).as("a second alive holder of (10, same)")
                .satisfies(failure -> assertThat(UniqueViolations.find(failure, factory)).isPresent());

        tx(s -> ops().softDelete(s, Ledger.class, List.of(1L)));
        insert(4, 10, "same");
        assertThat(alive("region = 10 and code = 'same'")).isEqualTo(1);

        assertThatThrownBy(() -> tx(s -> ops().restore(s, Ledger.class, 1L))).isInstanceOf(RestoreConflictException.class);
        assertThat(alive("id = 1")).as("the refused restore changed nothing").isZero();
    }

    @Test
    void thePurgeErasesExpiredRowsOfEveryPartitionInBatchesWithinTheLimit() throws SQLException {
        SoftDeleteDialect dialect = ReprieveRuntime.of(factory).dialect();
        Instant expired = T0.minus(Duration.ofDays(40));
        Instant recent = T0.minus(Duration.ofDays(2));
        int expiredRows = 0;
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(
                "insert into ledger (id, region, code, deleted_at, deletion_id) values (?, ?, ?, ?, ?)")) {
            for (long id = 1; id <= 300; id++) {
                int region = id % 2 == 0 ? 20 : 170;
                ps.setLong(1, id);
                ps.setInt(2, region);
                ps.setString(3, "code-" + id);
                if (id % 3 == 0) {
                    ps.setNull(4, java.sql.Types.TIMESTAMP); // alive
                    ps.setNull(5, java.sql.Types.VARCHAR);
                } else {
                    boolean old = id % 3 == 1;
                    expiredRows += old ? 1 : 0;
                    dialect.bindInstant(ps, 4, old ? expired : recent);
                    ps.setString(5, "op-" + id);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        SoftDeleteTable table = ReprieveRuntime.of(factory).model().require(Ledger.class);
        List<Integer> batches = new CopyOnWriteArrayList<>();
        Purger purger = new Purger(dataSource(), dialect,
                List.of(new PurgePolicy(table, Duration.ofDays(30), null, null, ArchiveMode.NONE)),
                ReprieveRuntime.of(factory).purgeMapping(),
                Clock.fixed(T0, ZoneOffset.UTC), BATCH, BATCH, Duration.ofMinutes(1), null, new PurgeListener() {
                    @Override
                    public void batchCommitted(String entityName, int rows, Duration took) {
                        batches.add(rows);
                    }
                });

        PurgeReport report = purger.purge();

        assertThat(report.totalPurged()).isEqualTo(expiredRows);
        assertThat(batches).isNotEmpty().allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(BATCH));
        assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(expiredRows);
        try (Connection c = connection(); Statement s = c.createStatement();
                var rs = s.executeQuery("select count(*), sum(case when deleted_at is null then 1 else 0 end),"
                        + " sum(case when region < 100 then 1 else 0 end) from ledger")) {
            rs.next();
            assertThat(rs.getLong(1)).as("alive and recently deleted rows stay").isEqualTo(200);
            assertThat(rs.getLong(2)).isEqualTo(100);
            assertThat(rs.getLong(3)).as("both partitions keep their share").isEqualTo(100);
        }
    }

    /** A data source over the test database, as the purge takes one. */
    DataSource dataSource() {
        return new CountingDataSource(database().ensureDatabase("reprieve_hibernate"), database().user(),
                database().password());
    }
}

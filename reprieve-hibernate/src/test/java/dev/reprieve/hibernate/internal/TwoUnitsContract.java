package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.HardDeleteRefusedException;
import dev.reprieve.core.HardDeletes;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.RetentionPurge;
import dev.reprieve.hibernate.model.units.PinnedCatalogStep;
import dev.reprieve.hibernate.model.units.PinnedCatalogTodo;
import dev.reprieve.hibernate.model.units.PinnedSchemaStep;
import dev.reprieve.hibernate.model.units.PinnedSchemaTodo;
import dev.reprieve.hibernate.model.units.Step;
import dev.reprieve.hibernate.model.units.Todo;
import dev.reprieve.purge.PurgeReport;
import dev.reprieve.testing.CountingDataSource;
import dev.reprieve.testing.MutableClock;
import dev.reprieve.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several persistence units in one application, each mapping a todo and its cascading steps to same-named tables
 * in a schema of its own: soft delete, cascade, restore, purge and the refusal of hard deletes work in each, and
 * none of them touches, or is refused because of, another unit. Three ways to put a unit in a schema:
 * <ul>
 * <li>connections that sit in the schema (units {@code a}, {@code b});</li>
 * <li>one and the same connection setup, the units differing only by {@code hibernate.default_schema} (units
 * {@code c}, {@code d}), which Reprieve's own SQL must then qualify as Hibernate's does;</li>
 * <li>entities that name their schema in {@code @Table(schema = ...)} (unit {@code p}).</li>
 * </ul>
 * On MariaDB a schema is a database, which Hibernate's MariaDB dialect calls a catalog: users write
 * {@code hibernate.default_catalog} and {@code @Table(catalog = ...)}, and so do these tests there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoUnitsContract {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    static final Duration RETENTION = Duration.ofDays(30);

    final MutableClock clock = new MutableClock(T0);
    private String shared;
    Unit a;
    Unit b;
    Unit c;
    Unit d;
    Unit p;

    /** What a unit maps: its todo and step types and how to make one of each. */
    record Model(Class<?> todo, Class<?> step, BiFunction<Long, String, Object> newTodo,
            BiFunction<Long, Object, Object> newStep) {
    }

    static final Model PLAIN = new Model(Todo.class, Step.class, Todo::new, (id, todo) -> new Step(id, (Todo) todo));
    static final Model PINNED_SCHEMA = new Model(PinnedSchemaTodo.class, PinnedSchemaStep.class, PinnedSchemaTodo::new,
            (id, todo) -> new PinnedSchemaStep(id, (PinnedSchemaTodo) todo));
    static final Model PINNED_CATALOG = new Model(PinnedCatalogTodo.class, PinnedCatalogStep.class,
            PinnedCatalogTodo::new, (id, todo) -> new PinnedCatalogStep(id, (PinnedCatalogTodo) todo));

    /** One persistence unit: its session factory, the connections it runs on, and its schema's name in SQL. */
    record Unit(String name, SessionFactory factory, CountingDataSource jdbc, String schema, Model model) {
        @Override
        public String toString() {
            return name;
        }
    }

    abstract TestDatabase database();

    /** The JDBC URL of a connection to {@code database} whose unqualified table names mean {@code schema}. */
    abstract String url(String database, String schema);

    /** Creates a schema and returns its name as SQL qualifies a table with it. */
    String createSchema(String name) {
        execute("CREATE SCHEMA IF NOT EXISTS " + name);
        return name;
    }

    /** The setting that puts a unit's tables in a schema. */
    String defaultSchemaSetting() {
        return AvailableSettings.DEFAULT_SCHEMA;
    }

    /** The entities that name their schema in {@code @Table}. */
    Model pinnedModel() {
        return PINNED_SCHEMA;
    }

    /** The database all units share: the one that holds their schemas, whose default schema none of them uses. */
    final String sharedDatabase() {
        if (shared == null) {
            String url = database().ensureDatabase("reprieve_units");
            String plain = url.split("[;?]")[0];
            shared = plain.substring(Math.max(plain.lastIndexOf('/'), plain.lastIndexOf(':')) + 1);
        }
        return shared;
    }

    final void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url(sharedDatabase(), null), database().user(),
                database().password()); Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    void start() {
        String schemaA = createSchema("unit_a");
        String schemaB = createSchema("unit_b");
        a = unit("own connections a", url(sharedDatabase(), schemaA), schemaA, PLAIN, true);
        b = unit("own connections b", url(sharedDatabase(), schemaB), schemaB, PLAIN, true);
        String schemaC = createSchema("unit_c");
        String schemaD = createSchema("unit_d");
        c = unit("default schema c", url(sharedDatabase(), null), schemaC, PLAIN, true);
        d = unit("default schema d", url(sharedDatabase(), null), schemaD, PLAIN, true);
        String pinned = createSchema(PinnedSchemaTodo.SCHEMA);
        p = unit("@Table(schema) p", url(sharedDatabase(), null), pinned, pinnedModel(), false);
    }

    private Unit unit(String name, String url, String schema, Model model, boolean withDefault) {
        Configuration cfg = HibernateTestFactory.configuration(database(), clock, () -> "alice", model.todo(), model.step());
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_URL, url);
        if (withDefault) {
            cfg.setProperty(defaultSchemaSetting(), schema);
        }
        return new Unit(name, cfg.buildSessionFactory(), new CountingDataSource(url, database().user(),
                database().password()), schema, model);
    }

    List<Unit> units() {
        return List.of(a, b, c, d, p);
    }

    /** Pairs of units whose tables have the same names in different schemas. */
    Stream<Arguments> pairs() {
        return Stream.of(Arguments.of(a, b), Arguments.of(c, d), Arguments.of(d, p));
    }

    @AfterAll
    void stop() {
        for (Unit unit : new Unit[] {a, b, c, d, p}) {
            if (unit != null) {
                unit.factory().close();
            }
        }
    }

    @BeforeEach
    void clean() {
        clock.set(T0);
        for (Unit unit : units()) {
            HardDeletes.run(() -> unit.factory().inTransaction(s -> {
                s.createNativeMutationQuery("delete from " + unit.schema() + ".step").executeUpdate();
                s.createNativeMutationQuery("delete from " + unit.schema() + ".todo").executeUpdate();
            }));
            unit.factory().inTransaction(s -> {
                Object one = unit.model().newTodo().apply(1L, "one of " + unit.schema());
                Object two = unit.model().newTodo().apply(2L, "two of " + unit.schema());
                s.persist(one);
                s.persist(two);
                s.persist(unit.model().newStep().apply(11L, one));
                s.persist(unit.model().newStep().apply(12L, two));
            });
        }
    }

    @Test
    void eachUnitHasItsOwnRuntime() {
        assertThat(ReprieveRuntime.of(a.factory())).isNotSameAs(ReprieveRuntime.of(b.factory()));
        assertThat(ReprieveRuntime.of(c.factory())).isNotSameAs(ReprieveRuntime.of(d.factory()));
        assertThat(ReprieveRuntime.of(a.factory()).sessionFactory()).isSameAs(a.factory());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("pairs")
    void softDeleteCascadeAndRestoreChangeOnlyTheirOwnUnit(Unit first, Unit second) {
        for (Unit unit : List.of(first, second)) {
            unit.factory().inTransaction(s -> s.remove(s.find(unit.model().todo(), 1L)));
            assertThat(deleted(unit, "todo")).containsExactly(1L);
            assertThat(deleted(unit, "step")).containsExactly(11L);
            assertOthersUntouched(unit);
            Object todo = unit.factory().fromTransaction(s -> s.find(unit.model().todo(), 1L));
            Object step = unit.factory().fromTransaction(s -> s.find(unit.model().step(), 11L));
            assertThat(todo).isNull();
            assertThat(step).isNull();

            unit.factory().inTransaction(s -> ReprieveRuntime.of(unit.factory()).operations()
                    .restore(s, unit.model().todo(), 1L));
            assertThat(deleted(unit, "todo")).isEmpty();
            assertThat(deleted(unit, "step")).isEmpty();
            assertThat(count(unit, "todo")).isEqualTo(2);
            assertOthersUntouched(unit);
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("pairs")
    void setBasedDeleteAndPreviewSeeOnlyTheirOwnUnit(Unit first, Unit second) {
        for (Unit unit : List.of(first, second)) {
            var operations = ReprieveRuntime.of(unit.factory()).operations();
            var preview = unit.factory().fromTransaction(s -> operations.previewDeletion(s, unit.model().todo(), 2L));
            assertThat(preview.cascaded()).containsEntry("Step", 1L);
            unit.factory().inTransaction(s -> operations.softDelete(s, unit.model().todo(), List.of(2L)));
            assertThat(deleted(unit, "todo")).containsExactly(2L);
            assertThat(deleted(unit, "step")).containsExactly(12L);
            assertOthersUntouched(unit);
            unit.factory().inTransaction(s -> operations.restore(s, unit.model().todo(), 2L));
            assertThat(deleted(unit, "step")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("pairs")
    void purgeRemovesOnlyItsOwnUnitsExpiredRows(Unit first, Unit second) {
        for (Unit unit : units()) {
            unit.factory().inTransaction(s -> ReprieveRuntime.of(unit.factory()).operations()
                    .softDelete(s, unit.model().todo(), List.of(1L)));
        }
        clock.set(T0.plus(Duration.ofDays(31)));
        PurgeReport report = purge(first);
        assertThat(report.totalPurged()).isEqualTo(2);
        assertThat(count(first, "todo")).isEqualTo(1);
        assertThat(count(first, "step")).isEqualTo(1);
        assertThat(deleted(first, "todo")).isEmpty();
        for (Unit other : units()) {
            if (other != first) {
                assertThat(count(other, "todo")).as(other.name()).isEqualTo(2);
                assertThat(deleted(other, "step")).as(other.name()).containsExactly(11L);
            }
        }

        purge(second);
        assertThat(count(second, "todo")).isEqualTo(1);
        assertThat(count(second, "step")).isEqualTo(1);
        assertThat(count(first, "todo")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("pairs")
    void eachUnitRefusesHardDeletesOfItsOwnTablesOnly(Unit first, Unit second) {
        for (Unit unit : List.of(first, second)) {
            for (String table : List.of("step", "todo")) {
                assertThatThrownBy(() -> unit.factory().inTransaction(s -> s.createNativeMutationQuery(
                        "delete from " + unit.schema() + "." + table + " where id in (2, 12)").executeUpdate()))
                        .isInstanceOf(HardDeleteRefusedException.class);
            }
            for (String entity : List.of("Step", "Todo")) {
                assertThatThrownBy(() -> unit.factory().inTransaction(s -> s.createMutationQuery(
                        "delete from " + entity + " where id in (2, 12)").executeUpdate()))
                        .isInstanceOf(HardDeleteRefusedException.class);
            }
            assertThat(count(unit, "todo")).isEqualTo(2);
            assertThat(count(unit, "step")).isEqualTo(2);
        }
        // a table of the same name in another schema is not this unit's: its guard lets the statement through
        assertThatCode(() -> first.factory().inTransaction(s -> s.createNativeMutationQuery(
                "delete from " + second.schema() + ".step where id = 12").executeUpdate())).doesNotThrowAnyException();
        assertThat(count(second, "step")).isEqualTo(1);
        assertThat(count(first, "step")).isEqualTo(2);
    }

    @Test
    void unitsWhoseConnectionsSitInTheirSchemaRefuseAnUnqualifiedDelete() {
        for (Unit unit : List.of(a, b)) {
            assertThatThrownBy(() -> unit.factory().inTransaction(s -> s.createNativeMutationQuery(
                    "delete from todo where id = 2").executeUpdate()))
                    .isInstanceOf(HardDeleteRefusedException.class);
            assertThat(count(unit, "todo")).isEqualTo(2);
        }
    }

    @Test
    void reprievesIndexesAreCreatedOnEachUnitsOwnTables() {
        for (Unit unit : units()) {
            for (String table : List.of("todo", "step")) {
                assertThat(indexes(unit, table)).as(unit.name() + " " + table)
                        .anyMatch(name -> name.equalsIgnoreCase(table + "_deleted_at_idx"))
                        .anyMatch(name -> name.equalsIgnoreCase(table + "_deletion_id_idx"));
            }
        }
        assertThat(indexes(c, "step")).as("the alive index of a foreign key").anyMatch(name -> name.toLowerCase(java.util.Locale.ROOT).endsWith("_alive_idx"));
    }

    /** The names of the indexes on one of a unit's tables, read from the database's own catalog. */
    private List<String> indexes(Unit unit, String table) {
        return unit.factory().fromSession(s -> s.doReturningWork(connection -> {
            boolean upper = database() == TestDatabase.H2;
            String schema = upper ? unit.schema().toUpperCase(java.util.Locale.ROOT) : unit.schema();
            String name = upper ? table.toUpperCase(java.util.Locale.ROOT) : table;
            boolean catalogs = database() == TestDatabase.MARIADB;
            List<String> names = new java.util.ArrayList<>();
            try (var rs = connection.getMetaData().getIndexInfo(catalogs ? schema : null, catalogs ? null : schema, name,
                    false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null) {
                        names.add(rs.getString("INDEX_NAME"));
                    }
                }
            }
            return names;
        }));
    }

    private PurgeReport purge(Unit unit) {
        return RetentionPurge.of(unit.factory(), unit.jdbc()).clock(clock)
                .retention("Todo", RETENTION).retention("Step", RETENTION).build().purge();
    }

    private void assertOthersUntouched(Unit unit) {
        for (Unit other : units()) {
            if (other != unit) {
                assertThat(deleted(other, "todo")).as(other.name()).isEmpty();
                assertThat(deleted(other, "step")).as(other.name()).isEmpty();
                assertThat(count(other, "todo")).as(other.name()).isEqualTo(2);
            }
        }
    }

    private long count(Unit unit, String table) {
        return unit.factory().fromTransaction(s -> ((Number) s.createNativeQuery("select count(*) from "
                + unit.schema() + "." + table, Object.class).getSingleResult()).longValue());
    }

    private List<Long> deleted(Unit unit, String table) {
        return unit.factory().fromTransaction(s -> s.createNativeQuery("select id from " + unit.schema() + "." + table
                + " where deleted_at is not null order by id", Object.class).getResultList()
                .stream().map(id -> ((Number) id).longValue()).toList());
    }
}

package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.HardDeleteRefusedException;
import dev.reprieve.core.HardDeletes;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.RetentionPurge;
import dev.reprieve.hibernate.model.units.Todo;
import dev.reprieve.purge.PurgeReport;
import dev.reprieve.testing.CountingDataSource;
import dev.reprieve.testing.MutableClock;
import dev.reprieve.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two persistence units in one application, each mapping the same entity to a same-named table in its own
 * schema: soft delete, restore, purge and the refusal of hard deletes work in each, and none of them touches, or
 * is refused because of, the other unit. Subclasses say how a database puts a unit in a schema of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoUnitsContract {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    Unit a;
    Unit b;

    /** One persistence unit: its session factory, the connections it runs on, and its schema's name in SQL. */
    record Unit(SessionFactory factory, CountingDataSource jdbc, String schema) {
    }

    abstract TestDatabase database();

    /** Creates the schema (or database) of one unit and returns its name as SQL qualifies a table with it. */
    abstract String createSchema(String name);

    /** The JDBC URL of a connection whose unqualified table names mean {@code schema}. */
    abstract String url(String schema);

    /** Settings that put Hibernate's own SQL in {@code schema}, if the database needs any beyond the URL. */
    void placeIn(Configuration cfg, String schema) {
    }

    @BeforeAll
    void start() {
        a = unit(createSchema("unit_a"));
        b = unit(createSchema("unit_b"));
    }

    private Unit unit(String schema) {
        Configuration cfg = HibernateTestFactory.configuration(database(), clock, () -> "alice", Todo.class);
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_URL, url(schema));
        placeIn(cfg, schema);
        return new Unit(cfg.buildSessionFactory(), new CountingDataSource(url(schema), database().user(),
                database().password()), schema);
    }

    @AfterAll
    void stop() {
        for (Unit unit : new Unit[] {a, b}) {
            if (unit != null) {
                unit.factory().close();
            }
        }
    }

    @BeforeEach
    void clean() {
        clock.set(T0);
        for (Unit unit : List.of(a, b)) {
            HardDeletes.run(() -> unit.factory().inTransaction(s -> s.createNativeMutationQuery("delete from todo")
                    .executeUpdate()));
            unit.factory().inTransaction(s -> {
                s.persist(new Todo(1L, "one of " + unit.schema()));
                s.persist(new Todo(2L, "two of " + unit.schema()));
            });
        }
    }

    @Test
    void eachUnitHasItsOwnRuntime() {
        assertThat(ReprieveRuntime.of(a.factory())).isNotSameAs(ReprieveRuntime.of(b.factory()));
        assertThat(ReprieveRuntime.of(a.factory()).sessionFactory()).isSameAs(a.factory());
    }

    @Test
    void softDeleteAndRestoreChangeOnlyTheirOwnUnit() {
        for (Unit unit : List.of(a, b)) {
            Unit other = unit == a ? b : a;
            unit.factory().inTransaction(s -> s.remove(s.find(Todo.class, 1L)));
            assertThat(deleted(unit)).containsExactly(1L);
            assertThat(deleted(other)).isEmpty();
            Todo hidden = unit.factory().fromTransaction(s -> s.find(Todo.class, 1L));
            Todo alive = other.factory().fromTransaction(s -> s.find(Todo.class, 1L));
            assertThat(hidden).isNull();
            assertThat(alive).isNotNull();

            unit.factory().inTransaction(s -> ReprieveRuntime.of(unit.factory()).operations().restore(s, Todo.class, 1L));
            assertThat(deleted(unit)).isEmpty();
            assertThat(count(unit)).isEqualTo(2);
            assertThat(count(other)).isEqualTo(2);
        }
    }

    @Test
    void purgeRemovesOnlyItsOwnUnitsExpiredRows() {
        for (Unit unit : List.of(a, b)) {
            unit.factory().inTransaction(s -> ReprieveRuntime.of(unit.factory()).operations()
                    .softDelete(s, Todo.class, List.of(1L)));
        }
        clock.set(T0.plus(Duration.ofDays(31)));
        PurgeReport report = RetentionPurge.of(a.factory(), a.jdbc()).clock(clock)
                .retention("Todo", Duration.ofDays(30)).build().purge();
        assertThat(report.totalPurged()).isEqualTo(1);
        assertThat(count(a)).isEqualTo(1);
        assertThat(deleted(a)).isEmpty();
        assertThat(count(b)).isEqualTo(2);
        assertThat(deleted(b)).containsExactly(1L);

        RetentionPurge.of(b.factory(), b.jdbc()).clock(clock).retention("Todo", Duration.ofDays(30)).build().purge();
        assertThat(count(b)).isEqualTo(1);
        assertThat(count(a)).isEqualTo(1);
    }

    @Test
    void eachUnitRefusesHardDeletesOfItsOwnTableOnly() {
        for (Unit unit : List.of(a, b)) {
            Unit other = unit == a ? b : a;
            assertThatThrownBy(() -> unit.factory().inTransaction(s -> s.createNativeMutationQuery(
                    "delete from todo where id = 2").executeUpdate()))
                    .isInstanceOf(HardDeleteRefusedException.class);
            assertThatThrownBy(() -> unit.factory().inTransaction(s -> s.createNativeMutationQuery(
                    "delete from " + unit.schema() + ".todo where id = 2").executeUpdate()))
                    .isInstanceOf(HardDeleteRefusedException.class);
            assertThatThrownBy(() -> unit.factory().inTransaction(s -> s.createMutationQuery(
                    "delete from Todo where id = 2").executeUpdate()))
                    .isInstanceOf(HardDeleteRefusedException.class);
            assertThat(count(unit)).isEqualTo(2);
        }
        // a table of the same name in another schema is not this unit's: its guard lets the statement through
        assertThatCode(() -> a.factory().inTransaction(s -> s.createNativeMutationQuery(
                "delete from " + b.schema() + ".todo where id = 2").executeUpdate())).doesNotThrowAnyException();
        assertThat(count(b)).isEqualTo(1);
        assertThat(count(a)).isEqualTo(2);
    }

    private long count(Unit unit) {
        return unit.factory().fromTransaction(s -> ((Number) s.createNativeQuery("select count(*) from todo", Object.class)
                .getSingleResult()).longValue());
    }

    private List<Long> deleted(Unit unit) {
        return unit.factory().fromTransaction(s -> s.createNativeQuery(
                "select id from todo where deleted_at is not null order by id", Object.class).getResultList()
                .stream().map(id -> ((Number) id).longValue()).toList());
    }
}

package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.RestoreConflict;
import dev.reprieve.core.RestoreConflictException;
import dev.reprieve.core.UniqueViolationException;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.SoftDeleteOperations;
import dev.reprieve.hibernate.UniqueViolations;
import dev.reprieve.hibernate.model.unique.Badge;
import dev.reprieve.hibernate.model.unique.Crew;
import dev.reprieve.hibernate.model.unique.Crewmate;
import dev.reprieve.testing.MutableClock;
import dev.reprieve.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code @UniqueWhenAlive} on one database: deleted rows never hold a value, a second alive holder is refused
 * by the database with a message naming the key, restores that would duplicate a value are refused before
 * anything changes, and two racing transactions leave exactly one winner.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UniqueWhenAliveContract {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    SessionFactory factory;
    ExecutorService threads;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        factory = HibernateTestFactory.build(database(), clock, () -> "alice", Crew.class, Crewmate.class, Badge.class);
        threads = Executors.newCachedThreadPool();
    }

    @AfterAll
    void stop() {
        threads.shutdownNow();
        if (factory != null) {
            factory.close();
        }
    }

    @BeforeEach
    void clean() {
        HardDeletes.run(() -> factory.inTransaction(s -> {
            for (String table : List.of("Badge", "Crewmate", "Crew")) {
                s.createNativeMutationQuery("delete from " + table).executeUpdate();
            }
        }));
    }

    <T> T tx(Function<Session, T> work) {
        return factory.fromTransaction(work::apply);
    }

    SoftDeleteOperations ops() {
        return ReprieveRuntime.of(factory).operations();
    }

    Long crewmate(String email) {
        return tx(s -> {
            Crewmate c = new Crewmate(email, null);
            s.persist(c);
            return c.id;
        });
    }

    void delete(Long id) {
        tx(s -> ops().softDelete(s, Crewmate.class, List.of(id)));
    }

    Crewmate restore(Long id) {
        return tx(s -> ops().restore(s, Crewmate.class, id));
    }

    long aliveWithEmail(String email) {
        return tx(s -> ((Number) s.createNativeQuery("select count(*) from Crewmate where deleted_at is null and email = :e",
                Object.class).setParameter("e", email).getSingleResult()).longValue());
    }

    Instant deletedAt(Long id) {
        return tx(s -> ops().findIncludingDeleted(s, Crewmate.class, id).orElseThrow().getDeletedAt());
    }

    /** The clear message a client would see for this failure, or empty when it is not a unique conflict. */
    Optional<String> conflictMessage(Throwable failure) {
        if (failure instanceof RestoreConflictException e) {
            return Optional.of(e.getMessage());
        }
        return failure == null ? Optional.empty() : UniqueViolations.find(failure, factory).map(Throwable::getMessage);
    }

    @Test
    void theSchemaHasTheAliveIndexes() {
        assertThat(IndexInspector.indexNames(database(), factory, "crewmate"))
                .contains("crewmate_email_alive_uq", "crewmate_crew_id_alive_idx");
        assertThat(IndexInspector.indexNames(database(), factory, "badge"))
                .contains("badge_crew_id_code_alive_uq", "badge_crew_id_alive_idx");
        assertThat(IndexInspector.indexNames(database(), factory, "crew")).contains("crew_name_alive_uq");
    }

    @Test
    void theSchemaCheckRanAndFindsNothingInReprievesOwnSchema() {
        var report = ReprieveRuntime.of(factory).schemaReport();
        assertThat(report.ran()).isTrue();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void aValueHeldOnlyByDeletedRowsCanBeTakenAgain() {
        Long first = crewmate("ann@x");
        delete(first);
        Long second = crewmate("ann@x");
        delete(second);
        Long third = crewmate("ann@x");

        assertThat(aliveWithEmail("ann@x")).isEqualTo(1);
        assertThat(this.<Crewmate>tx(s -> s.find(Crewmate.class, third))).isNotNull();
        assertThat(deletedAt(first)).isNotNull();
        assertThat(deletedAt(second)).isNotNull();
    }

    @Test
    void aSecondAliveHolderIsRefusedByTheDatabaseNamingTheKeyAndValue() {
        crewmate("bob@x");
        Throwable failure = catchThrowable(() -> crewmate("bob@x"));

        assertThat(failure).isNotNull();
        UniqueViolationException clear = UniqueViolations.find(failure, factory).orElseThrow();
        assertThat(clear).hasMessageContaining("Crewmate.email").hasMessageContaining("'bob@x'");
        assertThat(clear.constraint().attributes()).containsExactly("email");
        assertThat(aliveWithEmail("bob@x")).isEqualTo(1);
    }

    @Test
    void anUpdateToATakenValueIsRefusedToo() {
        crewmate("cat@x");
        Long other = crewmate("dan@x");
        Throwable failure = catchThrowable(() -> tx(s -> {
            s.find(Crewmate.class, other).email = "cat@x";
            s.flush();
            return null;
        }));
        assertThat(conflictMessage(failure)).hasValueSatisfying(m -> assertThat(m).contains("Crewmate.email"));
        assertThat(aliveWithEmail("dan@x")).isEqualTo(1);
    }

    @Test
    void nullValuesNeverConflict() {
        crewmate(null);
        crewmate(null);
        assertThat(this.<Long>tx(s -> s.createSelectionQuery("select count(c) from Crewmate c where c.email is null", Long.class)
                .getSingleResult())).isEqualTo(2L);
    }

    @Test
    void restoringARowWhoseValueAnAliveRowHoldsFailsNamingBothAndChangesNothing() {
        Long old = crewmate("eve@x");
        delete(old);
        Instant deletedAt = deletedAt(old);
        Long holder = crewmate("eve@x");

        assertThatThrownBy(() -> restore(old))
                .isInstanceOf(RestoreConflictException.class)
                .hasMessageContaining("Crewmate " + old)
                .hasMessageContaining("email 'eve@x'")
                .hasMessageContaining("alive Crewmate " + holder)
                .satisfies(e -> {
                    RestoreConflict conflict = ((RestoreConflictException) e).conflicts().get(0);
                    assertThat(String.valueOf(conflict.restoredId())).isEqualTo(String.valueOf(old));
                    assertThat(String.valueOf(conflict.holderId())).isEqualTo(String.valueOf(holder));
                    assertThat(conflict.values()).containsExactly("eve@x");
                });
        assertThat(deletedAt(old)).isEqualTo(deletedAt);
        assertThat(aliveWithEmail("eve@x")).isEqualTo(1);

        delete(holder);
        assertThat(restore(old).isDeleted()).isFalse();
        assertThat(aliveWithEmail("eve@x")).isEqualTo(1);
    }

    @Test
    void aGroupRestoreListsEveryConflictAndRestoresNothing() {
        Long a = crewmate("fay@x");
        Long b = crewmate("gus@x");
        Long free = crewmate("hal@x");
        tx(s -> ops().softDelete(s, Crewmate.class, List.of(a, b, free)));
        Long holderA = crewmate("fay@x");
        Long holderB = crewmate("gus@x");

        RestoreConflictException e = (RestoreConflictException) catchThrowable(() -> restore(free));

        assertThat(e).isNotNull();
        assertThat(e.conflicts()).extracting(c -> String.valueOf(c.restoredId()) + "->" + c.holderId())
                .containsExactlyInAnyOrder(a + "->" + holderA, b + "->" + holderB);
        assertThat(e).hasMessageContaining("fay@x").hasMessageContaining("gus@x");
        assertThat(this.<Boolean>tx(s -> ops().findIncludingDeleted(s, Crewmate.class, free).orElseThrow().isDeleted())).isTrue();
        assertThat(aliveWithEmail("fay@x")).isEqualTo(1);
        assertThat(aliveWithEmail("gus@x")).isEqualTo(1);
        assertThat(aliveWithEmail("hal@x")).isZero();
    }

    @Test
    void aCompositeKeyIsUniqueAmongAliveRowsOfOneParent() {
        Long[] crews = tx(s -> {
            Crew red = new Crew("red");
            Crew blue = new Crew("blue");
            s.persist(red);
            s.persist(blue);
            s.persist(new Badge(red, "A1"));
            s.persist(new Badge(blue, "A1"));
            return new Long[] {red.id, blue.id};
        });
        Throwable duplicate = catchThrowable(() -> tx(s -> {
            s.persist(new Badge(s.find(Crew.class, crews[0]), "A1"));
            s.flush();
            return null;
        }));
        assertThat(conflictMessage(duplicate)).hasValueSatisfying(m -> assertThat(m).contains("Badge.(crew, code)"));

        Long old = tx(s -> s.createSelectionQuery("from Badge b where b.crew.id = :c", Badge.class)
                .setParameter("c", crews[0]).getSingleResult().id);
        tx(s -> ops().softDelete(s, Badge.class, List.of(old)));
        Long holder = tx(s -> {
            Badge b = new Badge(s.find(Crew.class, crews[0]), "A1");
            s.persist(b);
            return b.id;
        });
        assertThatThrownBy(() -> tx(s -> ops().restore(s, Badge.class, old)))
                .isInstanceOf(RestoreConflictException.class)
                .hasMessageContaining("(crew, code)").hasMessageContaining("A1")
                .hasMessageContaining("alive Badge " + holder);
    }

    // --- two transactions racing for one value: the unique index decides, the loser gets the clear error ---

    @Test
    void aRestoreRacingACreateOfTheSameValue() {
        Long old = crewmate("ivy@x");
        delete(old);
        Throwable loser = race(s -> s.persist(new Crewmate("ivy@x", null)), s -> ops().restore(s, Crewmate.class, old));
        assertThat(loser).isInstanceOf(RestoreConflictException.class).hasMessageContaining("Crewmate")
                .hasMessageContaining("email 'ivy@x'");
        assertThat(aliveWithEmail("ivy@x")).isEqualTo(1);
        assertThat(deletedAt(old)).isNotNull();
    }

    @Test
    void twoRestoresOfRowsWithTheSameValue() {
        Long first = crewmate("jon@x");
        delete(first);
        Long second = crewmate("jon@x");
        delete(second);
        Throwable loser = race(s -> ops().restore(s, Crewmate.class, first), s -> ops().restore(s, Crewmate.class, second));
        assertThat(loser).isInstanceOf(RestoreConflictException.class).hasMessageContaining("email 'jon@x'");
        assertThat(aliveWithEmail("jon@x")).isEqualTo(1);
        assertThat(deletedAt(second)).isNotNull();
    }

    @Test
    void twoCreatesOfTheSameValue() {
        Throwable loser = race(s -> s.persist(new Crewmate("kim@x", null)), s -> s.persist(new Crewmate("kim@x", null)));
        assertThat(UniqueViolations.find(loser, factory)).hasValueSatisfying(
                v -> assertThat(v).hasMessageContaining("Crewmate.email 'kim@x' is already used by an alive Crewmate"));
        assertThat(aliveWithEmail("kim@x")).isEqualTo(1);
    }

    /**
     * Runs {@code first} and leaves it uncommitted, starts {@code second} in another transaction (which passes
     * any pre-check, since the first is not visible yet, and then waits on the index), commits the first,
     * and asserts exactly one of them won and the other failed with the clear conflict message.
     *
     * @return the loser's failure
     */
    Throwable race(Consumer<Session> first, Consumer<Session> second) {
        Throwable firstFailure = null;
        Future<Throwable> secondOutcome;
        try (Session a = factory.openSession()) {
            Transaction t = a.beginTransaction();
            first.accept(a);
            a.flush();
            secondOutcome = threads.submit(() -> {
                try {
                    factory.inTransaction(second);
                    return null;
                } catch (Throwable failure) {
                    return failure;
                }
            });
            try {
                secondOutcome.get(1500, TimeUnit.MILLISECONDS);
            } catch (TimeoutException blockedOnTheIndex) {
                // expected on PostgreSQL and MariaDB: the second waits for the first to end
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            try {
                t.commit();
            } catch (RuntimeException e) {
                firstFailure = e;
            }
        }
        Throwable secondFailure;
        try {
            secondFailure = secondOutcome.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(firstFailure == null ^ secondFailure == null)
                .as("exactly one transaction wins (first failed: %s, second failed: %s)", firstFailure, secondFailure)
                .isTrue();
        Throwable loser = firstFailure != null ? firstFailure : secondFailure;
        assertThat(conflictMessage(loser)).as("the loser's error names the key: %s", loser)
                .hasValueSatisfying(m -> assertThat(m).contains("email"));
        return loser;
    }
}

package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.RestrictedDeleteException;
import dev.reprieve.core.event.Erased;
import dev.reprieve.core.event.EventIds;
import dev.reprieve.core.event.Purged;
import dev.reprieve.core.event.ReprieveEvent;
import dev.reprieve.core.event.ReprieveListener;
import dev.reprieve.core.event.Restored;
import dev.reprieve.core.event.SoftDeleted;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.RetentionPurge;
import dev.reprieve.hibernate.SoftDeleteOperations;
import dev.reprieve.hibernate.cascade.Article;
import dev.reprieve.hibernate.cascade.Author;
import dev.reprieve.hibernate.cascade.Citation;
import dev.reprieve.hibernate.cascade.Comment;
import dev.reprieve.hibernate.cascade.Draft;
import dev.reprieve.hibernate.cascade.Reaction;
import dev.reprieve.hibernate.cascade.Subscription;
import dev.reprieve.hibernate.cascade.Topic;
import dev.reprieve.testing.CountingDataSource;
import dev.reprieve.testing.MutableClock;
import dev.reprieve.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every path that soft-deletes, restores, purges or hard-deletes tells the runtime's listeners exactly once per
 * operation, with the rows per type it changed; on one database, subclasses pick it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventsContract {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final List<String> TABLES = List.of("Reaction", "Comment", "Article_keywords", "Article_Topic", "Citation",
            "Draft", "Article", "Subscription", "Topic", "Author");

    final MutableClock clock = new MutableClock(T0);
    SessionFactory factory;
    CountingDataSource jdbc;
    final List<ReprieveEvent> heard = new CopyOnWriteArrayList<>();
    final ReprieveListener listener = new ReprieveListener() {
        @Override
        public void on(ReprieveEvent event) {
            heard.add(event);
        }
    };

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        Configuration cfg = HibernateTestFactory.configuration(database(), clock, () -> "alice", Author.class,
                Article.class, Comment.class, Reaction.class, Subscription.class, Draft.class, Topic.class, Citation.class);
        jdbc = new CountingDataSource(database().ensureDatabase("reprieve_events"), database().user(), database().password());
        cfg.getProperties().remove(AvailableSettings.JAKARTA_JDBC_URL);
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, jdbc);
        factory = cfg.buildSessionFactory();
    }

    @AfterAll
    void stop() {
        if (factory != null) {
            factory.close();
        }
    }

    @BeforeEach
    void clean() {
        clock.set(T0);
        HardDeletes.run(() -> factory.inTransaction(s -> {
            s.createNativeMutationQuery("update Comment set parent_id = null").executeUpdate();
            for (String table : TABLES) {
                s.createNativeMutationQuery("delete from " + table).executeUpdate();
            }
        }));
        heard.clear();
        runtime().addListener(listener);
    }

    @AfterEach
    void unregister() {
        runtime().removeListener(listener);
    }

    ReprieveRuntime runtime() {
        return ReprieveRuntime.of(factory);
    }

    SoftDeleteOperations ops() {
        return runtime().operations();
    }

    <T> T tx(Function<Session, T> work) {
        return factory.fromTransaction(work::apply);
    }

    String deletionId(String table, Long id) {
        return tx(s -> (String) s.createNativeQuery("select deletion_id from " + table + " where id = " + id, Object.class)
                .getSingleResult());
    }

    long alive(String table) {
        return tx(s -> ((Number) s.createNativeQuery("select count(*) from " + table + " where deleted_at is null",
                Object.class).getSingleResult()).longValue());
    }

    /** An author, two articles with two comments each, one answer under the first comment and a reaction on it. */
    record Tree(Long author, List<Long> articles, List<Long> comments, Long answer, Long reaction) {
    }

    Tree tree(String name) {
        return tx(s -> {
            Author author = new Author(name);
            s.persist(author);
            List<Long> articles = new ArrayList<>();
            List<Long> comments = new ArrayList<>();
            Comment first = null;
            for (int a = 0; a < 2; a++) {
                Article article = new Article(name + a, author);
                s.persist(article);
                articles.add(article.id);
                for (int c = 0; c < 2; c++) {
                    Comment comment = new Comment("c" + c, article, null);
                    s.persist(comment);
                    comments.add(comment.id);
                    first = first == null ? comment : first;
                }
            }
            Comment answer = new Comment("answer", null, first);
            s.persist(answer);
            Reaction reaction = new Reaction("+1", answer);
            s.persist(reaction);
            return new Tree(author.id, articles, comments, answer.id, reaction.id);
        });
    }

    List<Long> authors(int count) {
        return tx(s -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Author author = new Author("a" + i);
                s.persist(author);
                ids.add(author.id);
            }
            return ids;
        });
    }

    <E extends ReprieveEvent> E only(Class<E> type) {
        assertThat(heard).singleElement().isInstanceOf(type);
        return type.cast(heard.get(0));
    }

    @Test
    void entityManagerRemoveIsOneEventCountingEveryRowTheCascadeTook() {
        Tree tree = tree("t");
        tree("other");
        clock.set(T0.plusSeconds(60));
        tx(s -> {
            s.remove(s.find(Author.class, tree.author()));
            return null;
        });
        SoftDeleted event = only(SoftDeleted.class);
        assertThat(event.entityName()).isEqualTo("Author");
        assertThat(event.ids().ids()).containsExactly(tree.author());
        assertThat(event.ids().complete()).isTrue();
        assertThat(event.deletionId()).isEqualTo(deletionId("Author", tree.author()));
        assertThat(event.rows()).containsExactly(entry("Article", 2L), entry("Author", 1L), entry("Comment", 5L),
                entry("Reaction", 1L));
        assertThat(event.total()).isEqualTo(9);
        assertThat(event.deletedBy()).isEqualTo("alice");
        assertThat(event.deletedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aDeleteOfManyIdsIsOneEventAndNamesOnlyTheRowsItMarked() {
        Tree a = tree("a");
        Tree b = tree("b");
        Tree before = tree("before");
        tx(s -> ops().softDelete(s, Author.class, List.of(before.author())));
        heard.clear();
        tx(s -> ops().softDelete(s, Author.class, List.of(a.author(), b.author(), before.author())));
        SoftDeleted event = only(SoftDeleted.class);
        assertThat(event.ids().ids()).containsExactlyInAnyOrder(a.author(), b.author());
        assertThat(event.ids().count()).isEqualTo(2);
        assertThat(event.rows()).containsExactly(entry("Article", 4L), entry("Author", 2L), entry("Comment", 10L),
                entry("Reaction", 2L));
    }

    @Test
    void deletingInstancesIsOneEvent() {
        Tree a = tree("a");
        Tree b = tree("b");
        tx(s -> ops().softDeleteInstances(s, Author.class,
                List.of(s.find(Author.class, a.author()), s.find(Author.class, b.author()))));
        assertThat(only(SoftDeleted.class).ids().ids()).containsExactlyInAnyOrder(a.author(), b.author());
    }

    @Test
    void deleteAllIsOneEventWithTheIdsItMarked() {
        Tree a = tree("a");
        Tree b = tree("b");
        tx(s -> ops().softDeleteAll(s, Author.class));
        SoftDeleted event = only(SoftDeleted.class);
        assertThat(event.ids().ids()).containsExactlyInAnyOrder(a.author(), b.author());
        assertThat(event.ids().complete()).isTrue();
        assertThat(event.total()).isEqualTo(18);
    }

    @Test
    void aHugeDeleteIsOneEventCarryingBoundedIdsAndRunsNoMoreStatementsThanWithoutListeners() {
        runtime().removeListener(listener);
        authors(1200);
        jdbc.reset();
        tx(s -> ops().softDeleteAll(s, Author.class));
        long unheard = jdbc.statements();
        clean();
        authors(1200);
        jdbc.reset();
        tx(s -> ops().softDeleteAll(s, Author.class));
        assertThat(jdbc.statements()).isEqualTo(unheard);
        SoftDeleted all = only(SoftDeleted.class);
        assertThat(all.ids().count()).isEqualTo(1200);
        assertThat(all.ids().ids()).isEmpty();
        assertThat(all.ids().complete()).isFalse();

        heard.clear();
        List<Long> ids = authors(1200);
        tx(s -> ops().softDelete(s, Author.class, ids));
        SoftDeleted byIds = only(SoftDeleted.class);
        assertThat(byIds.ids().count()).isEqualTo(1200);
        assertThat(byIds.ids().ids()).hasSize(EventIds.LIMIT).isSubsetOf(new ArrayList<Object>(ids));
        assertThat(byIds.rows()).containsExactly(entry("Author", 1200L));
    }

    @Test
    void anOrphanRemovalIsOneEventForTheOrphanWithItsDependents() {
        Tree tree = tree("t");
        tx(s -> {
            Author author = s.find(Author.class, tree.author());
            assertThat(author.articles.removeIf(a -> s.getIdentifier(a).equals(tree.articles().get(0)))).isTrue();
            return null;
        });
        SoftDeleted event = only(SoftDeleted.class);
        assertThat(event.entityName()).isEqualTo("Article");
        assertThat(event.ids().ids()).containsExactly(tree.articles().get(0));
        assertThat(event.deletionId()).isEqualTo(deletionId("Article", tree.articles().get(0)));
        assertThat(event.rows()).containsExactly(entry("Article", 1L), entry("Comment", 3L), entry("Reaction", 1L));
    }

    @Test
    void anOrphanRemovedWithAReasonCarriesItThoughItsDeleteCompletesAtTheFlush() {
        Tree tree = tree("t");
        dev.reprieve.core.DeletionReasons.run("moved to archive", () -> tx(s -> {
            Author author = s.find(Author.class, tree.author());
            author.articles.removeIf(a -> s.getIdentifier(a).equals(tree.articles().get(1)));
            return null;
        }));
        assertThat(only(SoftDeleted.class).reason()).isEqualTo("moved to archive");
        heard.clear();
        tx(s -> ops().softDelete(s, Author.class, List.of(tree.author())));
        assertThat(only(SoftDeleted.class).reason()).isNull();
    }

    @Test
    void aRefusedDeleteTellsNothing() {
        Tree tree = tree("t");
        tx(s -> {
            s.persist(new Subscription("x@example.org", s.find(Author.class, tree.author())));
            return null;
        });
        assertThatThrownBy(() -> tx(s -> ops().softDelete(s, Author.class, List.of(tree.author()))))
                .isInstanceOf(RestrictedDeleteException.class);
        assertThat(heard).isEmpty();
    }

    @Test
    void aListenerThatThrowsUndoesTheDelete() {
        Tree tree = tree("t");
        ReprieveListener failing = new ReprieveListener() {
            @Override
            public void softDeleted(SoftDeleted event) {
                throw new IllegalStateException("outbox is down");
            }
        };
        runtime().addListener(failing);
        try {
            assertThatThrownBy(() -> tx(s -> {
                s.remove(s.find(Author.class, tree.author()));
                return null;
            })).hasMessageContaining("outbox is down");
        } finally {
            runtime().removeListener(failing);
        }
        assertThat(alive("Author") + alive("Article") + alive("Comment") + alive("Reaction")).isEqualTo(9);
    }

    @Test
    void aRestoreIsOneEventWithEveryRowThatCameBack() {
        Tree tree = tree("t");
        tx(s -> ops().softDelete(s, Author.class, List.of(tree.author())));
        String operation = deletionId("Author", tree.author());
        heard.clear();
        clock.set(T0.plusSeconds(30));
        tx(s -> ops().restore(s, Author.class, tree.author()));
        Restored event = only(Restored.class);
        assertThat(event.entityName()).isEqualTo("Author");
        assertThat(event.ids().ids()).containsExactly(tree.author());
        assertThat(event.deletionId()).isEqualTo(operation);
        assertThat(event.rows()).containsExactly(entry("Article", 2L), entry("Author", 1L), entry("Comment", 5L),
                entry("Reaction", 1L));
        assertThat(event.deletedAt()).isEqualTo(T0);
        assertThat(event.deletedBy()).isEqualTo("alice");
        assertThat(event.restoredAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(event.restoredBy()).isEqualTo("alice");
    }

    @Test
    void aHardDeleteIsOneEventCountingTheTrashRowsItTookAlong() {
        Tree tree = tree("t");
        tx(s -> {
            s.remove(s.find(Article.class, tree.articles().get(0)));
            return null;
        });
        heard.clear();
        tx(s -> {
            ops().hardDeleteById(s, Author.class, tree.author());
            return null;
        });
        Erased event = only(Erased.class);
        assertThat(event.entityName()).isEqualTo("Author");
        assertThat(event.ids().ids()).containsExactly(tree.author());
        assertThat(event.rows()).containsEntry("Author", 1L).containsEntry("Article", 1L)
                .containsEntry("Comment", 3L).containsEntry("Reaction", 1L);
        assertThat(event.erasedBy()).isEqualTo("alice");
    }

    @Test
    void hardDeletesRunAsOneEraseAreOneEvent() {
        Tree a = tree("a");
        Tree b = tree("b");
        tx(s -> ops().softDelete(s, Author.class, List.of(a.author(), b.author())));
        heard.clear();
        tx(s -> ops().asOneErase(Author.class, () -> {
            ops().hardDeleteById(s, Author.class, a.author());
            ops().hardDeleteById(s, Author.class, b.author());
            return null;
        }));
        Erased event = only(Erased.class);
        assertThat(event.ids().ids()).containsExactlyInAnyOrder(a.author(), b.author());
        assertThat(event.rows()).containsExactly(entry("Article", 4L), entry("Author", 2L), entry("Comment", 10L),
                entry("Reaction", 2L));
    }

    @Test
    void eachPurgeBatchIsOneEventWithItsRows() {
        Tree tree = tree("t");
        tx(s -> ops().softDelete(s, Author.class, List.of(tree.author())));
        heard.clear();
        clock.set(T0.plus(Duration.ofDays(31)));
        RetentionPurge.of(factory, jdbc).clock(clock)
                .retention("Author", Duration.ofDays(30)).retention("Article", Duration.ofDays(30))
                .retention("Comment", Duration.ofDays(30)).retention("Reaction", Duration.ofDays(30))
                .build().purge();
        assertThat(heard).allSatisfy(e -> assertThat(e).isInstanceOf(Purged.class));
        java.util.Map<String, Long> purged = new java.util.TreeMap<>();
        for (ReprieveEvent e : heard) {
            Purged batch = (Purged) e;
            assertThat(batch.rows()).isPositive();
            assertThat(batch.ids().complete() || batch.lowId() != null).isTrue();
            purged.merge(batch.entityName(), batch.rows(), Long::sum);
        }
        assertThat(purged).containsExactly(entry("Article", 2L), entry("Author", 1L), entry("Comment", 5L),
                entry("Reaction", 1L));
    }

    // ---- deletion reasons: stored where the type declares deletionReason, cleared by restore ----

    String reason(String table, Long id) {
        return tx(s -> (String) s.createNativeQuery("select deletion_reason from " + table + " where id = " + id,
                Object.class).getSingleResult());
    }

    long withReason(String table, String reason) {
        return tx(s -> ((Number) s.createNativeQuery("select count(*) from " + table + " where deletion_reason = '"
                + reason + "'", Object.class).getSingleResult()).longValue());
    }

    @Test
    void aCascadeDeleteStoresItsReasonOnEveryTypeThatDeclaresTheColumnAndRestoreClearsIt() {
        Tree tree = tree("t");
        tree("other");
        dev.reprieve.core.DeletionReasons.run("  spam  ", () -> tx(s -> ops().softDelete(s, Author.class,
                List.of(tree.author()))));
        SoftDeleted deleted = only(SoftDeleted.class);
        assertThat(deleted.reason()).isEqualTo("spam");
        // Author and Reaction declare no reason column; Article and Comment store it in their marking UPDATE
        assertThat(withReason("Article", "spam")).isEqualTo(2);
        assertThat(withReason("Comment", "spam")).isEqualTo(5);
        heard.clear();
        List<dev.reprieve.core.RestoreEvent> restores = new CopyOnWriteArrayList<>();
        dev.reprieve.core.RestoreListener restoreListener = restores::add;
        runtime().addRestoreListener(restoreListener);
        try {
            clock.set(T0.plusSeconds(90));
            tx(s -> ops().restore(s, Author.class, tree.author(), false, " typo "));
        } finally {
            runtime().removeRestoreListener(restoreListener);
        }
        assertThat(withReason("Article", "spam")).isZero();
        assertThat(withReason("Comment", "spam")).isZero();
        Restored restored = only(Restored.class);
        assertThat(restored.reason()).isEqualTo("typo");
        assertThat(restored.restoredBy()).isEqualTo("alice");
        assertThat(restored.restoredAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(restored.deletionId()).isEqualTo(deleted.deletionId());
        assertThat(restored.rows()).containsExactly(entry("Article", 2L), entry("Author", 1L), entry("Comment", 5L),
                entry("Reaction", 1L));
        assertThat(restores).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("typo");
            assertThat(r.restoredBy()).isEqualTo("alice");
        });
    }

    @Test
    void aRestoreWithoutAReasonCarriesNone() {
        Tree tree = tree("t");
        tx(s -> ops().softDelete(s, Article.class, List.of(tree.articles().get(0))));
        assertThat(reason("Article", tree.articles().get(0))).isNull();
        heard.clear();
        tx(s -> ops().restore(s, Article.class, tree.articles().get(0)));
        assertThat(only(Restored.class).reason()).isNull();
        assertThat(only(Restored.class).restoredBy()).isEqualTo("alice");
    }

    @Test
    void entityManagerRemoveStoresTheReasonOnTheRowAndItsCascade() {
        Tree tree = tree("t");
        dev.reprieve.core.DeletionReasons.run("outdated", () -> tx(s -> {
            s.remove(s.find(Article.class, tree.articles().get(0)));
            return null;
        }));
        assertThat(reason("Article", tree.articles().get(0))).isEqualTo("outdated");
        assertThat(reason("Article", tree.articles().get(1))).isNull();
        assertThat(withReason("Comment", "outdated")).isEqualTo(3);
        assertThat(only(SoftDeleted.class).reason()).isEqualTo("outdated");
    }

    @Test
    void anOrphanRemovalStoresTheReasonGivenWhenItArrived() {
        Tree tree = tree("t");
        dev.reprieve.core.DeletionReasons.run("moved", () -> tx(s -> {
            Author author = s.find(Author.class, tree.author());
            author.articles.removeIf(a -> s.getIdentifier(a).equals(tree.articles().get(1)));
            return null;
        }));
        assertThat(reason("Article", tree.articles().get(1))).isEqualTo("moved");
        assertThat(withReason("Comment", "moved")).isEqualTo(2);
    }

    @Test
    void aDeleteOfEveryRowStoresTheReason() {
        tree("a");
        tree("b");
        dev.reprieve.core.DeletionReasons.run("cleanup", () -> tx(s -> ops().softDeleteAll(s, Article.class)));
        assertThat(withReason("Article", "cleanup")).isEqualTo(4);
        assertThat(withReason("Comment", "cleanup")).isEqualTo(10); // four comments and an answer per tree
        assertThat(only(SoftDeleted.class).reason()).isEqualTo("cleanup");
    }

    @Test
    void aReasonLongerThanAColumnTheOperationWritesIsRefusedBeforeAnyChange() {
        Tree tree = tree("t");
        String tooLong = "x".repeat(41); // Article's column holds 40
        assertThatThrownBy(() -> dev.reprieve.core.DeletionReasons.run(tooLong, () -> tx(s -> ops().softDelete(s,
                Article.class, List.of(tree.articles().get(0))))))
                .isInstanceOf(dev.reprieve.core.DeletionReasonTooLongException.class)
                .hasMessageContaining("41").hasMessageContaining("40").hasMessageContaining("Article");
        // Author stores no reason, but its cascade would write it into Article's column
        assertThatThrownBy(() -> dev.reprieve.core.DeletionReasons.run(tooLong, () -> tx(s -> ops().softDelete(s,
                Author.class, List.of(tree.author())))))
                .isInstanceOf(dev.reprieve.core.DeletionReasonTooLongException.class);
        assertThatThrownBy(() -> dev.reprieve.core.DeletionReasons.run(tooLong, () -> tx(s -> {
            s.remove(s.find(Article.class, tree.articles().get(0)));
            return null;
        }))).isInstanceOf(dev.reprieve.core.DeletionReasonTooLongException.class);
        assertThat(alive("Author") + alive("Article") + alive("Comment")).isEqualTo(1 + 2 + 5);
        assertThat(heard).isEmpty();
        // exactly the limit fits
        dev.reprieve.core.DeletionReasons.run("y".repeat(40), () -> tx(s -> ops().softDelete(s, Article.class,
                List.of(tree.articles().get(0)))));
        assertThat(reason("Article", tree.articles().get(0))).hasSize(40);
    }
}

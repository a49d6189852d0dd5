package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.ParentDeletedException;
import dev.reprieve.core.RestoreEvent;
import dev.reprieve.core.RestoreListener;
import dev.reprieve.core.RestrictedDeleteException;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.cascade.DeletionPreview;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.hibernate.ReprieveRuntime;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Cascading soft delete and exact restore, on one database; subclasses pick the database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CascadeContract {

    static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");
    static final List<String> TABLES = List.of("Reaction", "Comment", "Article_keywords", "Article_Topic", "Citation",
            "Draft", "Article", "Subscription", "Topic", "Author");

    final MutableClock clock = new MutableClock(T0);
    final AtomicReference<String> user = new AtomicReference<>("alice");
    SessionFactory factory;
    CountingDataSource jdbc;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        Configuration cfg = HibernateTestFactory.configuration(database(), clock, user::get, Author.class, Article.class,
                Comment.class, Reaction.class, Subscription.class, Draft.class, Topic.class, Citation.class);
        jdbc = new CountingDataSource(database().ensureDatabase("reprieve_cascade"), database().user(), database().password());
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
    }

    <T> T tx(Function<Session, T> work) {
        return factory.fromTransaction(work::apply);
    }

    SoftDeleteOperations ops() {
        return ReprieveRuntime.of(factory).operations();
    }

    long raw(String table, String where) {
        return tx(s -> ((Number) s.createNativeQuery("select count(*) from " + table + " where " + where, Object.class)
                .getSingleResult()).longValue());
    }

    String deletionId(String table, Long id) {
        return tx(s -> (String) s.createNativeQuery("select deletion_id from " + table + " where id = " + id, Object.class)
                .getSingleResult());
    }

    /** An author with two articles, three comments each, an answer chain under one comment and a reaction at the end. */
    record Tree(Long author, List<Long> articles, List<Long> comments, List<Long> answers, Long reaction) {
        long rows() {
            return 1 + articles.size() + comments.size() + answers.size() + 1;
        }
    }

    Tree tree(String name, int commentsPerArticle) {
        return tx(s -> {
            Author author = new Author(name);
            s.persist(author);
            List<Long> articles = new java.util.ArrayList<>();
            List<Long> comments = new java.util.ArrayList<>();
            Comment first = null;
            for (int a = 0; a < 2; a++) {
                Article article = new Article(name + " article " + a, author);
                s.persist(article);
                articles.add(article.id);
                for (int c = 0; c < commentsPerArticle; c++) {
                    Comment comment = new Comment("c" + c, article, null);
                    s.persist(comment);
                    comments.add(comment.id);
                    first = first == null ? comment : first;
                }
            }
            List<Long> answers = new java.util.ArrayList<>();
            Comment parent = first;
            for (int depth = 0; depth < 4; depth++) { // answers of answers: Comment nests 5 deep
                Comment answer = new Comment("answer " + depth, null, parent);
                s.persist(answer);
                answers.add(answer.id);
                parent = answer;
            }
            Reaction reaction = new Reaction("+1", parent);
            s.persist(reaction);
            return new Tree(author.id, articles, comments, answers, reaction.id);
        });
    }

    long deletedWith(String deletionId) {
        long rows = 0;
        for (String table : List.of("Author", "Article", "Comment", "Reaction")) {
            rows += raw(table, "deletion_id = '" + deletionId + "' and deleted_at is not null");
        }
        return rows;
    }

    long alive(String table) {
        return raw(table, "deleted_at is null");
    }

    void remove(Class<?> type, Long id) {
        tx(s -> {
            s.remove(s.find(type, id));
            return null;
        });
    }

    @Test
    void relationshipsTakeTheirActionFromTheAnnotationOrTheJpaMapping() {
        Map<String, SoftDeleteAction> actions = ReprieveRuntime.of(factory).relations().stream()
                .collect(Collectors.toMap(Relation::name, Relation::action));
        assertThat(actions).containsOnly(
                entry("Article.author", SoftDeleteAction.CASCADE),     // cascade = REMOVE on Author.articles
                entry("Comment.article", SoftDeleteAction.CASCADE),    // orphanRemoval on Article.comments
                entry("Comment.parent", SoftDeleteAction.CASCADE),     // @OnSoftDelete on the reference
                entry("Reaction.comment", SoftDeleteAction.CASCADE),
                entry("Subscription.author", SoftDeleteAction.RESTRICT), // nothing said: what the FK would do
                entry("Citation.article", SoftDeleteAction.RESTRICT),
                entry("Draft.coauthor", SoftDeleteAction.DETACH),
                entry("Draft.source", SoftDeleteAction.DETACH));
    }

    @Test
    void removeCascadesToEveryDepthAndMarksEveryRowWithTheRootsDeletionId() {
        Tree doomed = tree("doomed", 3);
        Tree other = tree("other", 3);
        clock.set(T0.plusSeconds(60));
        remove(Author.class, doomed.author());

        String operation = deletionId("Author", doomed.author());
        assertThat(operation).hasSize(36);
        assertThat(deletedWith(operation)).isEqualTo(doomed.rows());
        assertThat(raw("Comment", "id = " + doomed.answers().get(3) + " and deleted_at is not null and deleted_by = 'alice'"))
                .isEqualTo(1);
        assertThat(raw("Reaction", "id = " + doomed.reaction() + " and deletion_id = '" + operation + "'")).isEqualTo(1);
        assertThat(alive("Author") + alive("Article") + alive("Comment") + alive("Reaction")).isEqualTo(other.rows());
        assertThat(raw("Comment", "1 = 1")).isEqualTo(2L * (6 + 4)); // nothing was hard-deleted
        assertThat(this.<List<Comment>>tx(s -> s.createSelectionQuery("from Comment", Comment.class).getResultList()))
                .hasSize(other.comments().size() + other.answers().size());
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheNumberOfChildren() {
        Tree small = tree("small", 2);
        Tree large = tree("large", 40);
        jdbc.reset();
        tx(s -> ops().softDelete(s, Author.class, List.of(small.author())));
        long forSmall = jdbc.statements();
        jdbc.reset();
        tx(s -> ops().softDelete(s, Author.class, List.of(large.author())));
        long forLarge = jdbc.statements();
        assertThat(forLarge).isEqualTo(forSmall);
        // lock, root, article, comment, 5 passes over answers (4 levels + the empty one), reaction,
        // 2 RESTRICT counts (Subscription, Citation), 2 DETACH (Draft.coauthor, Draft.source)
        assertThat(forLarge).isLessThanOrEqualTo(15);
        assertThat(alive("Comment")).isZero();
    }

    @Test
    void bulkDeletesCascadeToo() {
        Tree a = tree("a", 1);
        Tree b = tree("b", 1);
        tx(s -> ops().softDelete(s, Author.class, List.of(a.author())));
        assertThat(deletedWith(deletionId("Author", a.author()))).isEqualTo(a.rows());
        tx(s -> ops().softDeleteAll(s, Author.class));
        assertThat(deletedWith(deletionId("Author", b.author()))).isEqualTo(b.rows());
        assertThat(deletionId("Author", a.author())).isNotEqualTo(deletionId("Author", b.author()));
    }

    @Test
    void restoringTheRootRestoresExactlyItsOperationAndAChildDeletedBeforeStaysDeleted() {
        Tree tree = tree("t", 3);
        Long earlier = tree.comments().get(5); // deleted on its own first
        remove(Comment.class, earlier);
        String own = deletionId("Comment", earlier);
        clock.set(T0.plusSeconds(60));
        remove(Author.class, tree.author());
        String operation = deletionId("Author", tree.author());
        assertThat(deletedWith(operation)).isEqualTo(tree.rows() - 1);

        Author restored = tx(s -> ops().restore(s, Author.class, tree.author()));
        assertThat(restored.isDeleted()).isFalse();
        assertThat(alive("Author") + alive("Article") + alive("Comment") + alive("Reaction")).isEqualTo(tree.rows() - 1);
        assertThat(raw("Comment", "id = " + earlier + " and deleted_at = deleted_at and deletion_id = '" + own + "'")).isEqualTo(1);
        assertThat(raw("Comment", "deletion_id is not null and deleted_at is null")).isZero();
    }

    @Test
    void restoringUnderADeletedParentIsRefusedUnlessParentsAreRestoredToo() {
        Tree tree = tree("t", 2);
        Long comment = tree.comments().get(0);
        remove(Comment.class, comment);           // its own operation: the comment and its answers
        remove(Article.class, tree.articles().get(0)); // then its article
        long aliveBefore = alive("Comment");

        assertThatThrownBy(() -> tx(s -> ops().restore(s, Comment.class, comment)))
                .isInstanceOf(ParentDeletedException.class)
                .hasMessageContaining("Comment with id " + comment)
                .hasMessageContaining("Article with id " + tree.articles().get(0));
        Long cascaded = tree.comments().get(1); // deleted by the article's operation: not a root
        assertThatThrownBy(() -> tx(s -> ops().restore(s, Comment.class, cascaded)))
                .isInstanceOf(ParentDeletedException.class).hasMessageContaining("Article");
        assertThat(alive("Comment")).isEqualTo(aliveBefore);
        assertThat(alive("Article")).isEqualTo(1);

        tx(s -> ops().restore(s, Comment.class, comment, true));
        assertThat(alive("Author") + alive("Article") + alive("Comment") + alive("Reaction")).isEqualTo(tree.rows());
    }

    @Test
    void withParentsRestoresANonRootMemberThroughItsWholeOperation() {
        Tree tree = tree("t", 2);
        remove(Author.class, tree.author());
        tx(s -> ops().restore(s, Reaction.class, tree.reaction(), true));
        assertThat(alive("Author") + alive("Article") + alive("Comment") + alive("Reaction")).isEqualTo(tree.rows());
    }

    @Test
    void restoreListenersHearEachRestoreOnceWithTheUndoneDeletionAndEveryRowThatCameBack() {
        Tree tree = tree("t", 2);
        Long comment = tree.comments().get(0);
        remove(Comment.class, comment); // by alice: the comment, its four answers and the reaction
        String own = deletionId("Comment", comment);
        clock.set(T0.plusSeconds(10));
        remove(Article.class, tree.articles().get(0)); // then its article, with the article's other comment
        List<RestoreEvent> heard = new CopyOnWriteArrayList<>();
        RestoreListener listener = heard::add;
        ReprieveRuntime.of(factory).addRestoreListener(listener);
        try {
            assertThatThrownBy(() -> tx(s -> ops().restore(s, Comment.class, comment))).isInstanceOf(ParentDeletedException.class);
            assertThat(heard).isEmpty();

            user.set("bob");
            clock.set(T0.plusSeconds(60));
            tx(s -> ops().restore(s, Comment.class, comment, true));
            assertThat(heard).singleElement().satisfies(e -> {
                assertThat(e.entityName()).isEqualTo("Comment");
                assertThat(e.id()).isEqualTo(comment);
                assertThat(e.deletionId()).isEqualTo(own);
                assertThat(e.deletedAt()).isEqualTo(T0);
                assertThat(e.deletedBy()).isEqualTo("alice");
                assertThat(e.restoredAt()).isEqualTo(T0.plusSeconds(60));
                assertThat(e.restoredBy()).isEqualTo("bob");
                assertThat(e.rows()).containsExactly(entry("Article", 1L), entry("Comment", 6L), entry("Reaction", 1L));
            });
        } finally {
            ReprieveRuntime.of(factory).removeRestoreListener(listener);
            user.set("alice");
        }
    }

    @Test
    void aRestoreListenerThatThrowsUndoesTheRestore() {
        Tree tree = tree("t", 2);
        remove(Author.class, tree.author());
        RestoreListener failing = e -> {
            throw new IllegalStateException("history is down");
        };
        ReprieveRuntime.of(factory).addRestoreListener(failing);
        try {
            assertThatThrownBy(() -> tx(s -> ops().restore(s, Author.class, tree.author())))
                    .hasMessageContaining("history is down");
        } finally {
            ReprieveRuntime.of(factory).removeRestoreListener(failing);
        }
        assertThat(deletedWith(deletionId("Author", tree.author()))).isEqualTo(tree.rows());
    }

    @Test
    void restrictRefusesNamingTheBlockingTypeAndCountAndChangesNothing() {
        Tree tree = tree("t", 2);
        Long subscription = tx(s -> {
            Author author = s.find(Author.class, tree.author());
            s.persist(new Subscription("x@example.org", author));
            Subscription second = new Subscription("y@example.org", author);
            s.persist(second);
            return second.id;
        });
        assertThatThrownBy(() -> remove(Author.class, tree.author()))
                .isInstanceOf(RestrictedDeleteException.class)
                .hasMessageContaining("2 alive Subscription rows").hasMessageContaining("Subscription.author");
        assertThatThrownBy(() -> tx(s -> ops().softDelete(s, Author.class, List.of(tree.author()))))
                .isInstanceOf(RestrictedDeleteException.class);
        assertThat(raw("Author", "deleted_at is not null or deletion_id is not null")
                + raw("Article", "deleted_at is not null or deletion_id is not null")
                + raw("Comment", "deleted_at is not null or deletion_id is not null")).isZero();

        // even a caller that swallows the exception and commits keeps everything alive
        tx(s -> {
            try {
                ops().softDelete(s, Author.class, List.of(tree.author()));
            } catch (RestrictedDeleteException expected) {
                // ignored on purpose
            }
            return null;
        });
        assertThat(alive("Author") + alive("Article") + alive("Comment") + alive("Reaction")).isEqualTo(tree.rows());

        tx(s -> ops().softDeleteAll(s, Subscription.class));
        remove(Author.class, tree.author());
        assertThat(alive("Comment")).isZero();
        assertThat(raw("Subscription", "id = " + subscription + " and deleted_at is not null")).isEqualTo(1);
    }

    @Test
    void detachSetsTheReferenceToNullAndKeepsTheRowAlive() {
        Tree tree = tree("t", 1);
        Long draft = tx(s -> {
            Draft d = new Draft("notes", s.find(Author.class, tree.author()));
            s.persist(d);
            return d.id;
        });
        tx(s -> {
            Draft loaded = s.find(Draft.class, draft);
            assertThat(loaded.coauthor).isNotNull();
            s.remove(s.find(Author.class, tree.author()));
            assertThat(s.contains(loaded)).isFalse(); // evicted: its stale reference is never written back
            return null;
        });
        assertThat(raw("Draft", "id = " + draft + " and deleted_at is null and coauthor_id is null")).isEqualTo(1);
    }

    @Test
    void joinTableAndElementCollectionRowsStayAndComeBackWithTheRow() {
        Long article = tx(s -> {
            Author author = new Author("a");
            s.persist(author);
            Topic topic = new Topic("java");
            s.persist(topic);
            Article a = new Article("x", author);
            a.topics.add(topic);
            a.keywords.add("jpa");
            s.persist(a);
            return a.id;
        });
        remove(Article.class, article);
        assertThat(raw("Article_Topic", "1 = 1")).isEqualTo(1);
        assertThat(raw("Article_keywords", "1 = 1")).isEqualTo(1);
        tx(s -> ops().restore(s, Article.class, article));
        assertThat(this.<Integer>tx(s -> s.find(Article.class, article).topics.size())).isEqualTo(1);
        assertThat(this.<Integer>tx(s -> s.find(Article.class, article).keywords.size())).isEqualTo(1);
    }

    @Test
    void loadedInstancesOfCascadedRowsSeeTheDeletionAndAreNeverWrittenBackAlive() {
        Tree tree = tree("t", 2);
        Long answer = tree.answers().get(2);
        tx(s -> {
            Comment loaded = s.find(Comment.class, answer);
            Article article = s.find(Article.class, tree.articles().get(1));
            s.remove(s.find(Author.class, tree.author()));
            assertThat(loaded.isDeleted()).isTrue();
            assertThat(article.isDeleted()).isTrue();
            assertThat(s.contains(loaded)).isFalse();
            assertThat(s.find(Comment.class, answer)).isNull();
            loaded.text = "edited after the delete";
            s.flush();
            return null;
        });
        assertThat(raw("Comment", "id = " + answer + " and deleted_at is not null and text = 'answer 2'")).isEqualTo(1);
    }

    @Test
    void previewCountsWhatWouldGoAndWhatBlocksWithoutChangingAnything() {
        Tree tree = tree("t", 3);
        remove(Comment.class, tree.comments().get(5)); // already deleted: does not count
        DeletionPreview preview = tx(s -> ops().previewDeletion(s, Author.class, tree.author()));
        assertThat(preview.cascaded()).containsOnly(entry("Article", 2L), entry("Comment", 5L + 4L), entry("Reaction", 1L));
        assertThat(preview.allowed()).isTrue();
        assertThat(raw("Author", "deleted_at is not null") + raw("Article", "deleted_at is not null")).isZero();

        tx(s -> {
            s.persist(new Subscription("x@example.org", s.find(Author.class, tree.author())));
            return null;
        });
        DeletionPreview blocked = tx(s -> ops().previewDeletion(s, Author.class, tree.author()));
        assertThat(blocked.allowed()).isFalse();
        assertThat(blocked.blocks()).singleElement().satisfies(b -> {
            assertThat(b.childEntity()).isEqualTo("Subscription");
            assertThat(b.count()).isEqualTo(1);
        });
        assertThat(this.<DeletionPreview>tx(s -> ops().previewDeletion(s, Comment.class, tree.comments().get(0))).cascaded())
                .containsOnly(entry("Comment", 4L), entry("Reaction", 1L));
        assertThat(alive("Comment")).isEqualTo(tree.comments().size() - 1 + tree.answers().size());
    }

    @Test
    void restoreRacingADeleteOfTheSameGroupEndsWithOneConsistentGroup() throws Exception {
        Assumptions.assumeTrue(database() != TestDatabase.H2, "row-lock races are tested on the servers");
        Tree tree = tree("t", 3);
        remove(Author.class, tree.author());
        String first = deletionId("Author", tree.author());
        CountDownLatch restored = new CountDownLatch(1);
        CompletableFuture<Void> restore = CompletableFuture.runAsync(() -> tx(s -> {
            ops().restore(s, Author.class, tree.author());
            restored.countDown();
            sleep(700); // hold the restored rows' locks while the delete arrives
            return null;
        }));
        assertThat(restored.await(20, TimeUnit.SECONDS)).isTrue();
        tx(s -> ops().softDelete(s, Author.class, List.of(tree.author())));
        restore.get(20, TimeUnit.SECONDS);

        String second = deletionId("Author", tree.author());
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(deletedWith(second)).isEqualTo(tree.rows()); // the delete saw the whole restored group
        assertThat(alive("Article") + alive("Comment") + alive("Reaction")).isZero();
    }

    @Test
    void overlappingCascadesEndWithEveryRowInExactlyOneGroup() throws Exception {
        Assumptions.assumeTrue(database() != TestDatabase.H2, "row-lock races are tested on the servers");
        Tree tree = tree("t", 3);
        Long article = tree.articles().get(0);
        CountDownLatch articleDeleted = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx(s -> {
            ops().softDelete(s, Article.class, List.of(article));
            articleDeleted.countDown();
            sleep(700);
            return null;
        }));
        assertThat(articleDeleted.await(20, TimeUnit.SECONDS)).isTrue();
        tx(s -> ops().softDelete(s, Author.class, List.of(tree.author())));
        first.get(20, TimeUnit.SECONDS);

        String articleGroup = deletionId("Article", article);
        String authorGroup = deletionId("Author", tree.author());
        assertThat(articleGroup).isNotEqualTo(authorGroup);
        assertThat(raw("Comment", "article_id = " + article + " and deletion_id = '" + articleGroup + "'")).isEqualTo(3);
        assertThat(raw("Comment", "article_id <> " + article + " and deletion_id = '" + authorGroup + "'")).isEqualTo(3);
        assertThat(raw("Comment", "deleted_at is null") + raw("Reaction", "deleted_at is null")).isZero();

        tx(s -> ops().restore(s, Author.class, tree.author()));
        assertThat(alive("Article")).isEqualTo(1); // the first article keeps its own deletion
        assertThat(raw("Comment", "deletion_id = '" + articleGroup + "'")).isEqualTo(3 + 4);
        tx(s -> ops().restore(s, Article.class, article));
        assertThat(alive("Author") + alive("Article") + alive("Comment") + alive("Reaction")).isEqualTo(tree.rows());
    }

    long treeRows(Tree tree) {
        return raw("Author", "id = " + tree.author()) + raw("Article", "author_id = " + tree.author())
                + raw("Comment", "id in (" + ids(tree.comments()) + ", " + ids(tree.answers()) + ")")
                + raw("Reaction", "id = " + tree.reaction());
    }

    static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    @Test
    void hardDeletingAParentTakesItsSoftDeletedChildrenAlongAndThePreviewCountsThem() {
        Tree tree = tree("t", 3);
        Tree other = tree("other", 2);
        Long topic = tx(s -> {
            Topic t = new Topic("java");
            s.persist(t);
            Article first = s.find(Article.class, tree.articles().get(0));
            first.topics.add(t);
            first.keywords.add("jpa");
            return t.id;
        });
        remove(Article.class, tree.articles().get(0)); // the article, its comments, the answers and the reaction
        remove(Article.class, tree.articles().get(1)); // the author has only soft-deleted children now

        DeletionPreview preview = tx(s -> ops().previewDeletion(s, Author.class, tree.author()));
        assertThat(preview.cascaded()).isEmpty();
        assertThat(preview.inTrash()).containsOnly(entry("Article", 2L), entry("Comment", 6L + 4L), entry("Reaction", 1L));

        tx(s -> {
            ops().hardDelete(s, s.find(Author.class, tree.author()));
            return null;
        });
        assertThat(treeRows(tree)).isZero();
        assertThat(raw("Article_Topic", "1 = 1") + raw("Article_keywords", "1 = 1")).isZero();
        assertThat(raw("Topic", "id = " + topic)).isEqualTo(1);
        assertThat(treeRows(other)).isEqualTo(other.rows());
        assertThat(aliveTreeRows()).isEqualTo(other.rows());
    }

    @Test
    void hardDeleteIsRefusedByRowsInTheTrashThroughRestrictAndChangesNothing() {
        Tree tree = tree("t", 2);
        Long subscription = tx(s -> {
            Subscription x = new Subscription("x@example.org", s.find(Author.class, tree.author()));
            s.persist(x);
            return x.id;
        });
        tx(s -> ops().softDelete(s, Subscription.class, List.of(subscription)));
        tx(s -> ops().softDelete(s, Author.class, List.of(tree.author())));

        assertThatThrownBy(() -> tx(s -> {
            ops().hardDeleteById(s, Author.class, tree.author());
            return null;
        })).isInstanceOf(RestrictedDeleteException.class)
                .hasMessageContaining("Cannot hard-delete Author " + tree.author())
                .hasMessageContaining("1 soft-deleted Subscription row (in the trash) reference it through Subscription.author")
                .hasMessageContaining("Nothing was changed: hard-delete those rows first");
        assertThat(treeRows(tree)).isEqualTo(tree.rows());
        assertThat(raw("Subscription", "id = " + subscription)).isEqualTo(1);

        tx(s -> {
            ops().hardDeleteById(s, Subscription.class, subscription);
            ops().hardDeleteById(s, Author.class, tree.author());
            return null;
        });
        assertThat(treeRows(tree)).isZero();
    }

    /** Removes one article from its author's list: Hibernate deletes it as an orphan at the commit's flush. */
    void orphan(Tree tree, int article) {
        tx(s -> {
            Author author = s.find(Author.class, tree.author());
            assertThat(author.articles.removeIf(a -> s.getIdentifier(a).equals(tree.articles().get(article)))).isTrue();
            return null;
        });
    }

    long aliveTreeRows() {
        return alive("Author") + alive("Article") + alive("Comment") + alive("Reaction");
    }

    @Test
    void anOrphanTakesItsDependentsWithItInOneOperation() {
        Tree doomed = tree("doomed", 3);
        Tree other = tree("other", 3);
        clock.set(T0.plusSeconds(60));
        Long article = doomed.articles().get(0);
        orphan(doomed, 0);

        String operation = deletionId("Article", article);
        assertThat(operation).hasSize(36);
        assertThat(deletedWith(operation)).isEqualTo(1 + 3 + 4 + 1); // the article, its comments, the answers, the reaction
        assertThat(raw("Reaction", "id = " + doomed.reaction() + " and deleted_by = 'alice' and deletion_id = '"
                + operation + "'")).isEqualTo(1);
        assertThat(aliveTreeRows()).isEqualTo(doomed.rows() - 9 + other.rows());
        assertThat(raw("Article", "1 = 1") + raw("Comment", "1 = 1") + raw("Reaction", "1 = 1"))
                .isEqualTo(2L * (2 + 6 + 4 + 1)); // nothing was hard-deleted
        assertThat(this.<List<Comment>>tx(s -> s.createSelectionQuery("from Comment", Comment.class).getResultList()))
                .hasSize(3 + other.comments().size() + other.answers().size());
    }

    @Test
    void aCommentRemovedFromItsArticleTakesItsAnswersWithIt() {
        Tree tree = tree("t", 2);
        Long comment = tree.comments().get(0);
        tx(s -> {
            Article article = s.find(Article.class, tree.articles().get(0));
            assertThat(article.comments.removeIf(c -> s.getIdentifier(c).equals(comment))).isTrue();
            return null;
        });
        String operation = deletionId("Comment", comment);
        assertThat(deletedWith(operation)).isEqualTo(1 + 4 + 1);
        assertThat(aliveTreeRows()).isEqualTo(tree.rows() - 6);
    }

    @Test
    void restoringAnOrphanRestoresExactlyItsOperation() {
        Tree tree = tree("t", 3);
        Long article = tree.articles().get(0);
        Long earlier = tree.comments().get(2); // a comment of that article, deleted on its own first
        remove(Comment.class, earlier);
        String own = deletionId("Comment", earlier);
        clock.set(T0.plusSeconds(60));
        orphan(tree, 0);
        String operation = deletionId("Article", article);
        assertThat(deletedWith(operation)).isEqualTo(1 + 2 + 4 + 1);

        Article restored = tx(s -> ops().restore(s, Article.class, article));
        assertThat(restored.isDeleted()).isFalse();
        assertThat(aliveTreeRows()).isEqualTo(tree.rows() - 1);
        assertThat(deletionId("Comment", earlier)).isEqualTo(own);
        assertThat(raw("Comment", "deletion_id is not null and deleted_at is null")).isZero();
    }

    @Test
    void restrictRefusesAnOrphanAndNothingIsHalfDone() {
        Tree tree = tree("t", 2);
        Long article = tree.articles().get(0);
        tx(s -> {
            s.persist(new Citation("a paper", s.find(Article.class, article)));
            return null;
        });

        Throwable atCommit = catchThrowable(() -> orphan(tree, 0)); // the commit's flush fails: it rolls back
        assertThat(restrictedDelete(atCommit)).hasMessageContaining("1 alive Citation row")
                .hasMessageContaining("Citation.article");
        assertThat(aliveTreeRows()).isEqualTo(tree.rows());
        assertThat(raw("Article", "deletion_id is not null") + raw("Comment", "deletion_id is not null")
                + raw("Reaction", "deletion_id is not null")).isZero();

        // an explicit flush refuses too; a caller that swallows it and commits still keeps everything
        catchThrowable(() -> tx(s -> {
            Author author = s.find(Author.class, tree.author());
            Article orphan = author.articles.stream().filter(a -> s.getIdentifier(a).equals(article)).findFirst().orElseThrow();
            author.articles.remove(orphan);
            assertThatThrownBy(s::flush).isInstanceOf(RestrictedDeleteException.class);
            assertThat(orphan.isDeleted()).isFalse();
            return null;
        }));
        assertThat(aliveTreeRows()).isEqualTo(tree.rows());
        assertThat(alive("Citation")).isEqualTo(1);
    }

    static Throwable restrictedDelete(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RestrictedDeleteException) {
                return t;
            }
        }
        throw new AssertionError("expected a RestrictedDeleteException, got " + thrown, thrown);
    }

    @Test
    void theOrphansDependentsAreTheOnesTheFlushLeavesAndLoadedOnesStayDeleted() {
        Tree tree = tree("t", 3);
        Long article = tree.articles().get(0);
        Long comment = tree.comments().get(1);
        Long moved = tree.comments().get(2);
        Long answer = tree.answers().get(0);
        Long added = tx(s -> {
            Comment edited = s.find(Comment.class, comment);
            Comment loaded = s.find(Comment.class, answer);
            edited.text = "edited in the same flush";
            s.find(Comment.class, moved).article = s.getReference(Article.class, tree.articles().get(1));
            Comment newcomer = new Comment("added in the same flush", s.getReference(Article.class, article), null);
            s.persist(newcomer);
            s.find(Author.class, tree.author()).articles.removeIf(a -> s.getIdentifier(a).equals(article));
            s.flush();
            assertThat(edited.isDeleted()).isTrue();
            assertThat(loaded.isDeleted()).isTrue();
            assertThat(s.contains(edited)).isFalse(); // evicted: no later dirty check writes it back alive
            assertThat(s.find(Comment.class, comment)).isNull();
            edited.text = "edited after the delete";
            s.flush();
            return newcomer.id;
        });
        String operation = deletionId("Article", article);
        assertThat(raw("Comment", "id = " + comment + " and deleted_at is not null and deletion_id = '" + operation
                + "' and text = 'edited in the same flush'")).isEqualTo(1);
        assertThat(raw("Comment", "id in (" + answer + ", " + added + ") and deletion_id = '" + operation + "'"))
                .isEqualTo(2);
        assertThat(raw("Comment", "id = " + moved + " and deleted_at is null and article_id = " + tree.articles().get(1)))
                .isEqualTo(1);
    }

    @Test
    void anOrphanDetachesAndAQueryInTheSameTransactionSeesNoAliveDependentOfIt() {
        Tree tree = tree("t", 2);
        Long article = tree.articles().get(0);
        Long draft = tx(s -> {
            Draft d = new Draft("notes", null);
            d.source = s.find(Article.class, article);
            s.persist(d);
            return d.id;
        });
        tx(s -> {
            Draft loaded = s.find(Draft.class, draft);
            s.find(Author.class, tree.author()).articles.removeIf(a -> s.getIdentifier(a).equals(article));
            // reads only Comment, yet the orphan of Article must be written and cascaded before it runs
            List<Long> comments = s.createSelectionQuery("select c.id from Comment c", Long.class).getResultList();
            assertThat(comments).doesNotContainAnyElementsOf(tree.comments().subList(0, 2))
                    .doesNotContainAnyElementsOf(tree.answers()).hasSize(2);
            assertThat(s.contains(loaded)).isFalse();
            return null;
        });
        assertThat(raw("Draft", "id = " + draft + " and deleted_at is null and source_id is null")).isEqualTo(1);
        assertThat(raw("Article", "id = " + article + " and deleted_at is not null")).isEqualTo(1);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.NotDeletedException;
import dev.reprieve.core.ParentDeletedException;
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
import dev.reprieve.testing.MutableClock;
import dev.reprieve.testing.TestDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two operations on the same tree (author, articles, comments, answers, reaction), started together on two
 * threads, many rounds per pair: none may deadlock or time out on a lock, and afterwards every deleted row
 * belongs to exactly one deletion group with exactly one root, no alive row sits under a deleted parent,
 * and restoring the groups root by root brings back exactly their rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OverlappingOperationsContract {

    static final int ROUNDS = 50;
    static final List<String> TABLES = List.of("Reaction", "Comment", "Article_keywords", "Article_Topic", "Citation",
            "Draft", "Article", "Subscription", "Topic", "Author");

    final MutableClock clock = new MutableClock(Instant.parse("2026-02-01T10:00:00Z"));
    SessionFactory factory;
    ExecutorService threads;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        Configuration cfg = HibernateTestFactory.configuration(database(), clock, () -> "alice", Author.class,
                Article.class, Comment.class, Reaction.class, Subscription.class, Draft.class, Topic.class, Citation.class);
        cfg.setProperty(AvailableSettings.JAKARTA_JDBC_URL, database().ensureDatabase("reprieve_overlap"));
        factory = cfg.buildSessionFactory();
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    void stop() {
        if (threads != null) {
            threads.shutdownNow();
        }
        if (factory != null) {
            factory.close();
        }
    }

    SoftDeleteOperations ops() {
        return ReprieveRuntime.of(factory).operations();
    }

    /**
     * One tree; {@code comment} has two answers in a chain, the last answer has the reaction. The neighbour is
     * a second tree of the same shape, unrelated to it, for operations racing on different trees.
     */
    record Tree(long author, List<Long> articles, List<Long> comments, List<Long> answers, long reaction, Tree neighbour) {
        long article() {
            return articles.get(0);
        }

        long comment() {
            return comments.get(0);
        }
    }

    /** An operation on a tree, in the session of its own transaction. */
    interface Op extends BiConsumer<Session, Tree> {
    }

    static Op deleteAuthor() {
        return (s, t) -> ops(s).softDelete(s, Author.class, List.of(t.author()));
    }

    static Op deleteArticle() {
        return (s, t) -> ops(s).softDelete(s, Article.class, List.of(t.article()));
    }

    static Op onNeighbour(Op op) {
        return (s, t) -> op.accept(s, t.neighbour());
    }

    static Op deleteComment() {
        return (s, t) -> ops(s).softDelete(s, Comment.class, List.of(t.comment()));
    }

    static Op restore(Class<?> type, boolean withParents, java.util.function.ToLongFunction<Tree> id) {
        return (s, t) -> ops(s).restore(s, type, id.applyAsLong(t), withParents);
    }

    static SoftDeleteOperations ops(Session s) {
        return ReprieveRuntime.of(s.getSessionFactory()).operations();
    }

    /** Two operations raced after {@code setup} ran on the tree alone. */
    record Pair(String name, Op setup, Op first, Op second) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Pair> pairs() {
        Op nothing = (s, t) -> { };
        return Stream.of(
                new Pair("delete author / delete article", nothing, deleteAuthor(), deleteArticle()),
                new Pair("delete article / delete comment", nothing, deleteArticle(), deleteComment()),
                new Pair("delete author / delete comment", nothing, deleteAuthor(), deleteComment()),
                new Pair("delete author / delete author", nothing, deleteAuthor(), deleteAuthor()),
                new Pair("delete author / delete another tree's author", nothing, deleteAuthor(), onNeighbour(deleteAuthor())),
                new Pair("delete article / delete another tree's article", nothing, deleteArticle(),
                        onNeighbour(deleteArticle())),
                new Pair("restore author / restore article with parents", both(deleteArticle(), deleteAuthor()),
                        restore(Author.class, false, Tree::author), restore(Article.class, true, Tree::article)),
                new Pair("restore comment / restore article", both(deleteComment(), deleteArticle()),
                        restore(Comment.class, true, Tree::comment), restore(Article.class, false, Tree::article)),
                new Pair("delete author / restore article", deleteArticle(),
                        deleteAuthor(), restore(Article.class, false, Tree::article)),
                new Pair("restore author / delete article", deleteAuthor(),
                        restore(Author.class, false, Tree::author), deleteArticle()),
                new Pair("restore comment / delete article", deleteComment(),
                        restore(Comment.class, false, Tree::comment), deleteArticle()),
                new Pair("restore comment / delete author", deleteComment(),
                        restore(Comment.class, false, Tree::comment), deleteAuthor()));
    }

    static Op both(Op a, Op b) {
        return (s, t) -> {
            a.accept(s, t);
            b.accept(s, t);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void overlappingOperationsNeverDeadlockAndLeaveExactGroups(Pair pair) throws Exception {
        clean();
        List<Tree> trees = trees(ROUNDS);
        Map<String, Integer> failures = new HashMap<>();
        for (Tree tree : trees) {
            factory.inTransaction(s -> pair.setup().accept(s, tree));
            CyclicBarrier together = new CyclicBarrier(2);
            Future<?> a = threads.submit(() -> race(together, pair.first(), tree));
            Future<?> b = threads.submit(() -> race(together, pair.second(), tree));
            for (Future<?> f : List.of(a, b)) {
                Throwable t = outcome(f);
                if (t != null) {
                    failures.merge(describe(t), 1, Integer::sum);
                }
            }
            if (failures.isEmpty()) {
                assertExactGroupsAndRestoreThem(tree);
                assertExactGroupsAndRestoreThem(tree.neighbour());
            }
        }
        assertThat(failures).as("failures in %d rounds of %s on %s", ROUNDS, pair, database()).isEmpty();
    }

    private void race(CyclicBarrier together, Op op, Tree tree) {
        factory.inTransaction(s -> {
            try {
                together.await(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            try {
                op.accept(s, tree);
            } catch (NotDeletedException | ParentDeletedException expected) {
                // the other operation got there first: a refusal that changes nothing is a correct outcome
            }
        });
    }

    private static Throwable outcome(Future<?> f) throws InterruptedException {
        try {
            f.get(60, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            return e;
        }
    }

    private static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return "SQLState " + sql.getSQLState() + " (" + sql.getErrorCode() + "): " + firstLine(sql.getMessage()).replaceAll("\\(conn=\\d+\\) ", "");
            }
        }
        return t.getClass().getSimpleName() + ": " + firstLine(t.getMessage());
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** One row of a tree: its table, id, the id of its parent in the cascade (or null), and its deletion. */
    record Row(String table, long id, Long parent, String parentTable, boolean deleted, String deletionId) {
        String key() {
            return table + "#" + id;
        }

        String parentKey() {
            return parentTable + "#" + parent;
        }
    }

    List<Row> rows(Tree t) {
        return factory.fromTransaction(s -> {
            List<Row> rows = new ArrayList<>();
            rows.addAll(read(s, "select id, null, deleted_at, deletion_id from Author where id = " + t.author(), "Author", null));
            rows.addAll(read(s, "select id, author_id, deleted_at, deletion_id from Article where author_id = " + t.author(),
                    "Article", "Author"));
            rows.addAll(read(s, "select id, article_id, deleted_at, deletion_id from Comment where id in ("
                    + ids(t.comments()) + ")", "Comment", "Article"));
            rows.addAll(read(s, "select id, parent_id, deleted_at, deletion_id from Comment where id in ("
                    + ids(t.answers()) + ")", "Comment", "Comment"));
            rows.addAll(read(s, "select id, comment_id, deleted_at, deletion_id from Reaction where id = " + t.reaction(),
                    "Reaction", "Comment"));
            return rows;
        });
    }

    private static List<Row> read(Session s, String sql, String table, String parentTable) {
        List<Object[]> raw = s.createNativeQuery(sql, Object[].class).getResultList();
        return raw.stream().map(r -> new Row(table, ((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).longValue(), parentTable, r[2] != null, (String) r[3])).toList();
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * Every deleted row carries a deletion id; no alive row has a deleted parent; each group has exactly one
     * root (a row whose parent is not in the group). Then restores the groups, shallowest root first, each
     * bringing back exactly its own rows, until the whole tree is alive.
     */
    private void assertExactGroupsAndRestoreThem(Tree tree) {
        for (int restores = 0; ; restores++) {
            List<Row> rows = rows(tree);
            Map<String, Row> byKey = rows.stream().collect(Collectors.toMap(Row::key, r -> r));
            Map<String, List<Row>> groups = new HashMap<>();
            List<Row> roots = new ArrayList<>();
            for (Row row : rows) {
                Row parent = row.parent() == null ? null : byKey.get(row.parentKey());
                if (!row.deleted()) {
                    assertThat(parent != null && parent.deleted()).as("alive %s under a deleted parent", row.key()).isFalse();
                    continue;
                }
                assertThat(row.deletionId()).as("deletion id of %s", row.key()).isNotNull();
                groups.computeIfAbsent(row.deletionId(), g -> new ArrayList<>()).add(row);
                if (parent == null || !row.deletionId().equals(parent.deletionId())) {
                    roots.add(row);
                }
            }
            assertThat(roots).as("one root per deletion group in %s", rows).hasSameSizeAs(groups.keySet());
            assertThat(roots.stream().map(Row::deletionId).distinct().count()).isEqualTo(groups.size());
            if (roots.isEmpty()) {
                return;
            }
            assertThat(restores).as("restores needed").isLessThan(5);
            Row root = roots.stream().min(Comparator.comparingInt(r -> depth(r, byKey))).orElseThrow();
            long aliveBefore = rows.stream().filter(r -> !r.deleted()).count();
            factory.inTransaction(s -> ops().restore(s, type(root.table()), root.id()));
            long aliveAfter = rows(tree).stream().filter(r -> !r.deleted()).count();
            assertThat(aliveAfter - aliveBefore).as("rows restored with %s", root.key())
                    .isEqualTo(groups.get(root.deletionId()).size());
        }
    }

    private static int depth(Row row, Map<String, Row> byKey) {
        int depth = 0;
        for (Row r = row; r.parent() != null && byKey.containsKey(r.parentKey()); r = byKey.get(r.parentKey())) {
            depth++;
        }
        return depth;
    }

    private static Class<?> type(String table) {
        return switch (table) {
            case "Author" -> Author.class;
            case "Article" -> Article.class;
            case "Comment" -> Comment.class;
            default -> Reaction.class;
        };
    }

    /** @return {@code count} trees, each with a neighbour of its own */
    private List<Tree> trees(int count) {
        List<Tree> trees = new ArrayList<>();
        List<Tree> all = shapes(2 * count);
        for (int i = 0; i < all.size(); i += 2) {
            Tree t = all.get(i);
            trees.add(new Tree(t.author(), t.articles(), t.comments(), t.answers(), t.reaction(), all.get(i + 1)));
        }
        return trees;
    }

    private List<Tree> shapes(int count) {
        return factory.fromTransaction(s -> {
            List<Tree> trees = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Author author = new Author("author " + i);
                s.persist(author);
                List<Long> articles = new ArrayList<>();
                List<Long> comments = new ArrayList<>();
                Comment first = null;
                for (int a = 0; a < 2; a++) {
                    Article article = new Article("article " + a, author);
                    s.persist(article);
                    articles.add(article.id);
                    for (int c = 0; c < 2; c++) {
                        Comment comment = new Comment("comment " + c, article, null);
                        s.persist(comment);
                        comments.add(comment.id);
                        first = first == null ? comment : first;
                    }
                }
                List<Long> answers = new ArrayList<>();
                Comment parent = first;
                for (int depth = 0; depth < 2; depth++) {
                    Comment answer = new Comment("answer " + depth, null, parent);
                    s.persist(answer);
                    answers.add(answer.id);
                    parent = answer;
                }
                Reaction reaction = new Reaction("+1", parent);
                s.persist(reaction);
                trees.add(new Tree(author.id, articles, comments, answers, reaction.id, null));
            }
            return trees;
        });
    }

    private void clean() {
        HardDeletes.run(() -> factory.inTransaction(s -> {
            s.createNativeMutationQuery("update Comment set parent_id = null").executeUpdate();
            for (String table : TABLES) {
                s.createNativeMutationQuery("delete from " + table).executeUpdate();
            }
        }));
    }
}

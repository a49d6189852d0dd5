package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.SoftDeletableEntity;
import dev.reprieve.hibernate.SoftDeleteOperations;
import dev.reprieve.testing.CountingDataSource;
import dev.reprieve.testing.MutableClock;
import dev.reprieve.testing.TestDatabase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The SQL statements small deletes and restores send, counted at the JDBC level: a delete or restore that
 * starts sending a statement it does not need (a second lock, a load of a row it only needs the id of)
 * fails here. Each test also checks the rows ended where they should.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StatementCountContract {

    static final int ARTICLES = 3;
    static final int COMMENTS_PER_ARTICLE = 2;

    final MutableClock clock = new MutableClock(Instant.parse("2026-02-01T10:00:00Z"));
    SessionFactory factory;
    CountingDataSource jdbc;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        Configuration cfg = HibernateTestFactory.configuration(database(), clock, () -> "alice", CountAuthor.class,
                CountArticle.class, CountComment.class, CountNote.class);
        jdbc = new CountingDataSource(database().ensureDatabase("reprieve_counts"), database().user(), database().password());
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
        HardDeletes.run(() -> factory.inTransaction(s -> {
            for (String table : List.of("count_comment", "count_article", "count_author", "count_note")) {
                s.createNativeMutationQuery("delete from " + table).executeUpdate();
            }
        }));
    }

    SoftDeleteOperations ops() {
        return ReprieveRuntime.of(factory).operations();
    }

    /** @return the statements {@code work} sent in its own transaction */
    long statements(Consumer<Session> work) {
        jdbc.reset();
        factory.inTransaction(work);
        return jdbc.statements();
    }

    /**
     * The row lock a one-row delete takes before its UPDATE where that UPDATE would test the row as an older
     * snapshot saw it (PostgreSQL, H2), so a row a concurrent restore brings back is not missed: 1 or 0.
     */
    long rowLock() {
        return ReprieveRuntime.of(factory).dialect().updateRereadsChangedRows() ? 0 : 1;
    }

    long count(String table, String where) {
        return factory.fromTransaction(s -> ((Number) s.createNativeQuery("select count(*) from " + table + " where "
                + where, Object.class).getSingleResult()).longValue());
    }

    /** One author with {@link #ARTICLES} articles of {@link #COMMENTS_PER_ARTICLE} comments each. */
    void seedAuthor() {
        factory.inTransaction(s -> {
            CountAuthor author = new CountAuthor();
            author.id = 1L;
            s.persist(author);
            long comment = 1;
            for (long a = 1; a <= ARTICLES; a++) {
                CountArticle article = new CountArticle();
                article.id = a;
                article.author = author;
                s.persist(article);
                for (int c = 0; c < COMMENTS_PER_ARTICLE; c++) {
                    CountComment row = new CountComment();
                    row.id = comment++;
                    row.article = article;
                    s.persist(row);
                }
            }
        });
    }

    long deletedTreeRows() {
        return count("count_author", "deleted_at is not null") + count("count_article", "deleted_at is not null")
                + count("count_comment", "deleted_at is not null");
    }

    @Test
    void deletingOneRowWithoutCascadesByIdIsOneUpdate() {
        factory.inTransaction(s -> s.persist(new CountNote(1L)));
        assertThat(statements(s -> ops().softDelete(s, CountNote.class, List.of(1L)))).isEqualTo(1);
        assertThat(count("count_note", "deleted_at is not null and deletion_id is not null")).isEqualTo(1);
    }

    @Test
    void removingALoadedRowWithoutCascadesIsItsLoadAndOneUpdate() {
        factory.inTransaction(s -> s.persist(new CountNote(1L)));
        assertThat(statements(s -> s.remove(s.find(CountNote.class, 1L)))).isEqualTo(2);
        assertThat(count("count_note", "deleted_at is not null")).isEqualTo(1);
    }

    @Test
    void deletingALeafRowUnderParentsIsOneUpdateAfterItsOwnLockAtMost() {
        seedAuthor();
        // no parent row is read or locked: one row cannot wait crosswise with another operation
        assertThat(statements(s -> ops().softDelete(s, CountComment.class, List.of(1L)))).isEqualTo(rowLock() + 1);
        assertThat(deletedTreeRows()).isEqualTo(1);
    }

    @Test
    void aSmallCascadeDeleteIsOneUpdatePerTable() {
        seedAuthor();
        // the author, its articles, their comments, after the author's row lock where its UPDATE does not wait
        assertThat(statements(s -> ops().softDelete(s, CountAuthor.class, List.of(1L)))).isEqualTo(rowLock() + 3);
        assertThat(deletedTreeRows()).isEqualTo(1 + ARTICLES + (long) ARTICLES * COMMENTS_PER_ARTICLE);
        assertThat(count("count_comment", "deletion_id = (select deletion_id from count_author where id = 1)"))
                .isEqualTo((long) ARTICLES * COMMENTS_PER_ARTICLE);
    }

    @Test
    void aCascadeDeleteWithAReasonStoresItInTheSameUpdates() {
        seedAuthor();
        assertThat(statements(s -> dev.reprieve.core.DeletionReasons.run("dup",
                () -> ops().softDelete(s, CountAuthor.class, List.of(1L))))).isEqualTo(rowLock() + 3);
        assertThat(count("count_article", "deletion_reason = 'dup'")).isEqualTo(ARTICLES);
        assertThat(count("count_comment", "deletion_reason = 'dup'")).isEqualTo((long) ARTICLES * COMMENTS_PER_ARTICLE);
    }

    @Test
    void removingALoadedRootIsItsLoadAndOneUpdatePerTable() {
        seedAuthor();
        assertThat(statements(s -> s.remove(s.find(CountAuthor.class, 1L)))).isEqualTo(1 + rowLock() + 3);
        assertThat(deletedTreeRows()).isEqualTo(1 + ARTICLES + (long) ARTICLES * COMMENTS_PER_ARTICLE);
    }

    @Test
    void restoringASmallCascadeLocksTheRootOnceAndRestoresOneUpdatePerTable() {
        seedAuthor();
        factory.inTransaction(s -> ops().softDelete(s, CountAuthor.class, List.of(1L)));
        // the root's deletion state read with a lock (once), one UPDATE per table, the load of the returned entity
        long statements = statements(s -> assertThat(ops().restore(s, CountAuthor.class, 1L)).isNotNull());
        assertThat(statements).isEqualTo(5);
        assertThat(deletedTreeRows()).isZero();
    }

    @Entity(name = "CountAuthor")
    @Table(name = "count_author")
    public static class CountAuthor extends SoftDeletableEntity {
        @Id public Long id;
        @OneToMany(mappedBy = "author", cascade = CascadeType.REMOVE) public List<CountArticle> articles = new ArrayList<>();
    }

    @Entity(name = "CountArticle")
    @Table(name = "count_article")
    public static class CountArticle extends SoftDeletableEntity {
        @Id public Long id;
        @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "author_id") public CountAuthor author;
        @OneToMany(mappedBy = "article", cascade = CascadeType.REMOVE) public List<CountComment> comments = new ArrayList<>();
        @Column(name = "deletion_reason") public String deletionReason; // stored in the same UPDATE: the counts below hold with it
    }

    @Entity(name = "CountComment")
    @Table(name = "count_comment")
    public static class CountComment extends SoftDeletableEntity {
        @Id public Long id;
        @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "article_id") public CountArticle article;
        @Column(name = "deletion_reason") public String deletionReason;
    }

    @Entity(name = "CountNote")
    @Table(name = "count_note")
    public static class CountNote extends SoftDeletableEntity {
        @Id public Long id;

        protected CountNote() {
        }

        CountNote(Long id) {
            this.id = id;
        }
    }
}

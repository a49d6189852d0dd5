package dev.reprieve.hibernate.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.core.Visibility;
import dev.reprieve.purge.PurgeReport;
import dev.reprieve.purge.Purger;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.ReprieveSettings;
import dev.reprieve.hibernate.ReprieveStatementInspector;
import dev.reprieve.hibernate.RetentionPurge;
import dev.reprieve.hibernate.SoftDeleteOperations;
import dev.reprieve.hibernate.VisibilityScope;
import dev.reprieve.testing.CountingDataSource;
import dev.reprieve.testing.MutableClock;
import dev.reprieve.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/hibernate.md, run: Reprieve in a Hibernate application without Spring, from bootstrap to
 * delete, the trash, restore and the retention purge under ShedLock's JDBC lock. Subclasses pick the database.
 */
abstract class PlainHibernateExampleContract {

    abstract TestDatabase database();

    @Test
    void bootstrapDeleteRestoreAndPurgeWithoutSpring() throws Throwable {
        TestDatabase db = database();
        DataSource dataSource = new CountingDataSource(db.ensureDatabase("reprieve_hibernate_example"), db.user(), db.password());
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

        // docs/hibernate.md, "Bootstrap"
        Configuration cfg = new Configuration().addAnnotatedClass(Memo.class);
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
        cfg.setProperty(AvailableSettings.STATEMENT_INSPECTOR, ReprieveStatementInspector.class.getName());
        cfg.getProperties().put(ReprieveSettings.DELETER_PROVIDER, (dev.reprieve.core.DeleterProvider) () -> "alice");
        cfg.getProperties().put(ReprieveSettings.CLOCK, clock);

        try (SessionFactory sessionFactory = cfg.buildSessionFactory()) {
            SoftDeleteOperations operations = ReprieveRuntime.of(sessionFactory).operations();

            // "Delete, read the trash, restore"
            Long id = sessionFactory.fromTransaction(s -> {
                Memo memo = new Memo("call the plumber");
                s.persist(memo);
                return memo.id;
            });
            sessionFactory.inTransaction(s -> s.remove(s.find(Memo.class, id)));
            Memo found = sessionFactory.fromSession(s -> s.find(Memo.class, id));
            assertThat(found).isNull();
            List<Memo> trash = sessionFactory.fromSession(s -> VisibilityScope.call(s, Visibility.DELETED,
                    () -> s.createSelectionQuery("from Memo", Memo.class).getResultList()));
            assertThat(trash).singleElement().satisfies(m -> assertThat(m.getDeletedBy()).isEqualTo("alice"));
            sessionFactory.inTransaction(s -> operations.restore(s, Memo.class, id));
            Memo restored = sessionFactory.fromSession(s -> s.find(Memo.class, id));
            assertThat(restored).isNotNull();

            // "The retention purge": deleted 31 days ago, kept for 30
            sessionFactory.inTransaction(s -> s.remove(s.find(Memo.class, id)));
            clock.set(clock.instant().plus(Duration.ofDays(31)));
            Purger purger = RetentionPurge.of(sessionFactory, dataSource)
                    .retention("Memo", Duration.ofDays(30))
                    .clock(clock)
                    .build();
            try (var c = dataSource.getConnection(); var st = c.createStatement()) {
                for (String ddl : RetentionPurge.dialectOf(dataSource).createLockTable("shedlock")) {
                    st.execute(ddl);
                }
            }
            LockingTaskExecutor locks = new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource, "shedlock"));
            LockingTaskExecutor.TaskResult<PurgeReport> result = locks.executeWithLock(purger::purge,
                    new LockConfiguration(Instant.now(), "reprieve-purge", Duration.ofMinutes(30), Duration.ZERO));

            assertThat(result.wasExecuted()).isTrue();
            assertThat(result.getResult().entities()).singleElement()
                    .satisfies(e -> assertThat(e.purged()).isEqualTo(1));
            List<Memo> left = sessionFactory.fromSession(s -> VisibilityScope.call(s, Visibility.ALL,
                    () -> s.createSelectionQuery("from Memo", Memo.class).getResultList()));
            assertThat(left).isEmpty();
            try (var c = dataSource.getConnection(); var st = c.createStatement()) {
                st.execute("drop table shedlock");
            }
        }
    }
}

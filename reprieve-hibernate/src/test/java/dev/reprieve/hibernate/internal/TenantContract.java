package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.core.Visibility;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.RetentionPurge;
import dev.reprieve.hibernate.SoftDeleteOperations;
import dev.reprieve.hibernate.VisibilityScope;
import dev.reprieve.hibernate.model.tenant.Project;
import dev.reprieve.hibernate.model.tenant.Task;
import dev.reprieve.purge.Purger;
import dev.reprieve.testing.CountingDataSource;
import dev.reprieve.testing.MutableClock;
import dev.reprieve.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Two tenants sharing tables (Hibernate's {@code @TenantId}, discriminator multi-tenancy): every Reprieve path,
 * scopes, restore, preview, deletes by id, hard delete, sees and changes only the current tenant's rows; an
 * application {@code @Filter} enabled in the session stays in force inside the "including/only deleted" scopes.
 * Tenant "a" owns projects 1 (priority 5) and 3 (priority 1) with tasks 11 and 31; tenant "b" owns project 2
 * with task 21.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TenantContract {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    SessionFactory factory;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        factory = HibernateTestFactory.build(database(), clock, () -> "alice", Project.class, Task.class);
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
        HardDeletes.run(() -> as("x", s -> {
            s.createNativeMutationQuery("delete from tenant_task").executeUpdate();
            return s.createNativeMutationQuery("delete from tenant_project").executeUpdate();
        }));
        as("a", s -> {
            Project one = new Project(1L, "a-one", 5);
            Project three = new Project(3L, "a-three", 1);
            s.persist(one);
            s.persist(three);
            s.persist(new Task(11L, "a-task", one));
            s.persist(new Task(31L, "a-low-task", three));
            return null;
        });
        as("b", s -> {
            Project two = new Project(2L, "b-two", 5);
            s.persist(two);
            s.persist(new Task(21L, "b-task", two));
            return null;
        });
    }

    <T> T as(String tenant, Function<Session, T> work) {
        try (Session s = factory.withOptions().tenantIdentifier((Object) tenant).openSession()) {
            Transaction tx = s.beginTransaction();
            try {
                T result = work.apply(s);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            }
        }
    }

    SoftDeleteOperations ops() {
        return ReprieveRuntime.of(factory).operations();
    }

    /** Ids of deleted rows of a table, every tenant's, read by SQL (which no tenant restriction touches). */
    List<Long> deleted(String table) {
        return as("x", s -> s.createNativeQuery(
                "select id from " + table + " where deleted_at is not null order by id", Long.class).getResultList());
    }

    List<Long> ids(Session s, Visibility visibility, Class<?> type) {
        return VisibilityScope.call(s, visibility, () -> s.createSelectionQuery(
                "select id(e) from " + type.getSimpleName() + " e order by id(e)", Long.class).getResultList());
    }

    void deleteBoth() {
        as("a", s -> ops().softDelete(s, Project.class, List.of(1L)));
        as("a", s -> ops().softDelete(s, Project.class, List.of(3L)));
        as("b", s -> ops().softDelete(s, Project.class, List.of(2L)));
        assertThat(deleted("tenant_project")).containsExactly(1L, 2L, 3L);
        assertThat(deleted("tenant_task")).containsExactly(11L, 21L, 31L);
    }

    @Test
    void scopesShowOnlyTheCurrentTenantsDeletedRows() {
        deleteBoth();
        as("a", s -> {
            assertThat(ids(s, Visibility.ALIVE, Project.class)).isEmpty();
            assertThat(ids(s, Visibility.ALL, Project.class)).containsExactly(1L, 3L);
            assertThat(ids(s, Visibility.DELETED, Project.class)).containsExactly(1L, 3L);
            assertThat(ids(s, Visibility.ALL, Task.class)).containsExactly(11L, 31L);
            assertThat(VisibilityScope.call(s, Visibility.ALL, () -> {
                var cb = s.getCriteriaBuilder();
                var q = cb.createQuery(Long.class);
                q.select(cb.count(q.from(Project.class)));
                return s.createQuery(q).getSingleResult();
            })).isEqualTo(2L);
            assertThat(VisibilityScope.call(s, Visibility.ALL, () -> s.find(Project.class, 2L))).isNull();
            assertThat(VisibilityScope.call(s, Visibility.DELETED, () -> s.find(Project.class, 2L))).isNull();
            assertThat(ops().findIncludingDeleted(s, Project.class, 2L)).isEmpty();
            assertThat(ops().findIncludingDeleted(s, Project.class, 1L)).isPresent();
            return null;
        });
        as("b", s -> {
            assertThat(ids(s, Visibility.ALL, Project.class)).containsExactly(2L);
            assertThat(ids(s, Visibility.DELETED, Task.class)).containsExactly(21L);
            return null;
        });
    }

    @Test
    void anApplicationFilterStaysInForceInsideScopes() {
        as("a", s -> ops().softDelete(s, Project.class, List.of(1L, 3L)));
        as("a", s -> {
            s.enableFilter(Project.MIN_PRIORITY).setParameter("min", 3);
            assertThat(ids(s, Visibility.ALL, Project.class)).containsExactly(1L);
            assertThat(ids(s, Visibility.DELETED, Project.class)).containsExactly(1L);
            s.disableFilter(Project.MIN_PRIORITY);
            assertThat(ids(s, Visibility.ALL, Project.class)).containsExactly(1L, 3L);
            return null;
        });
    }

    @Test
    void restoreOfAnotherTenantsRowIsNotFoundAndChangesNothing() {
        deleteBoth();
        assertThatThrownBy(() -> as("a", s -> ops().restore(s, Project.class, 2L)))
                .isInstanceOf(RowNotFoundException.class);
        assertThatThrownBy(() -> as("a", s -> ops().restore(s, Project.class, 2L, true)))
                .isInstanceOf(RowNotFoundException.class);
        assertThat(deleted("tenant_project")).containsExactly(1L, 2L, 3L);
        assertThat(deleted("tenant_task")).containsExactly(11L, 21L, 31L);
    }

    @Test
    void restoreBringsBackTheTenantsRowWithItsCascadeOnly() {
        deleteBoth();
        Project restored = as("a", s -> ops().restore(s, Project.class, 1L));
        assertThat(restored.name).isEqualTo("a-one");
        assertThat(deleted("tenant_project")).containsExactly(2L, 3L);
        assertThat(deleted("tenant_task")).containsExactly(21L, 31L);
    }

    @Test
    void restoreHiddenByAnEnabledApplicationFilterIsNotFound() {
        as("a", s -> ops().softDelete(s, Project.class, List.of(3L)));
        assertThatThrownBy(() -> as("a", s -> {
            s.enableFilter(Project.MIN_PRIORITY).setParameter("min", 3);
            return ops().restore(s, Project.class, 3L);
        })).isInstanceOf(RowNotFoundException.class);
        assertThat(deleted("tenant_project")).containsExactly(3L);
    }

    @Test
    void restoreWithParentsNeverRestoresAnotherTenantsParent() {
        // a row of tenant a under a project of tenant b (only SQL past Hibernate can write it)
        as("a", s -> s.createNativeMutationQuery("insert into tenant_task (id, tenant, title, project_id)"
                + " values (12, 'a', 'a-under-b', 2)").executeUpdate());
        as("a", s -> ops().softDelete(s, Task.class, List.of(12L)));
        as("b", s -> ops().softDelete(s, Project.class, List.of(2L)));
        assertThatThrownBy(() -> as("a", s -> ops().restore(s, Task.class, 12L, true)))
                .isInstanceOf(RowNotFoundException.class);
        assertThat(deleted("tenant_project")).containsExactly(2L);
        assertThat(deleted("tenant_task")).containsExactly(12L, 21L);
    }

    @Test
    void previewOfAnotherTenantsRowIsNotFound() {
        assertThatThrownBy(() -> as("a", s -> ops().previewDeletion(s, Project.class, 2L)))
                .isInstanceOf(RowNotFoundException.class);
        assertThat(as("a", s -> ops().previewDeletion(s, Project.class, 1L)).cascaded())
                .containsEntry("Task", 1L);
    }

    @Test
    void deletesByIdTakeOnlyTheCurrentTenantsRows() {
        int deletedByA = as("a", s -> ops().softDelete(s, Project.class, List.of(1L, 2L)));
        assertThat(deletedByA).isEqualTo(1);
        assertThat(deleted("tenant_project")).containsExactly(1L);
        assertThat(deleted("tenant_task")).containsExactly(11L);
        int deletedByB = as("b", s -> ops().softDeleteAll(s, Project.class));
        assertThat(deletedByB).isEqualTo(1);
        assertThat(deleted("tenant_project")).containsExactly(1L, 2L);
        assertThat(deleted("tenant_task")).containsExactly(11L, 21L);
    }

    @Test
    void aTenantsPurgeErasesOnlyThatTenantsRowsAndAPlainPurgeEveryTenants() {
        deleteBoth();
        clock.set(T0.plus(Duration.ofDays(40)));
        Purger purger = RetentionPurge.of(factory, new CountingDataSource(database().ensureDatabase("reprieve_hibernate"),
                database().user(), database().password())).clock(clock)
                .retention("Project", Duration.ofDays(30)).retention("Task", Duration.ofDays(30)).build();
        purger.purgeTenant("b");
        assertThat(rows("tenant_project")).containsExactly(1L, 3L);
        assertThat(rows("tenant_task")).containsExactly(11L, 31L);
        purger.purge();
        assertThat(rows("tenant_project")).isEmpty();
        assertThat(rows("tenant_task")).isEmpty();
    }

    List<Long> rows(String table) {
        return as("x", s -> s.createNativeQuery("select id from " + table + " order by id", Long.class).getResultList());
    }

    @Test
    void hardDeleteOfAnotherTenantsRowIsNotFound() {
        as("b", s -> ops().softDelete(s, Project.class, List.of(2L)));
        assertThatThrownBy(() -> as("a", s -> {
            ops().hardDeleteById(s, Project.class, 2L);
            return null;
        })).isInstanceOf(RowNotFoundException.class);
        assertThat(deleted("tenant_project")).containsExactly(2L);
    }
}

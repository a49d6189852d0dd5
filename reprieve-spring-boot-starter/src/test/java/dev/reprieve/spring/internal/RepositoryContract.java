package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.reprieve.core.HardDeleteRefusedException;
import dev.reprieve.core.NotDeletedException;
import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.spring.SoftDeleteScopes;
import dev.reprieve.spring.app.Plain;
import dev.reprieve.spring.app.PlainRepository;
import dev.reprieve.spring.app.SqlLog;
import dev.reprieve.spring.app.TestApp;
import dev.reprieve.spring.app.Todo;
import dev.reprieve.spring.app.TodoList;
import dev.reprieve.spring.app.TodoListRepository;
import dev.reprieve.spring.app.TodoRepository;
import dev.reprieve.testing.MutableClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.DeleteSpecification;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** What a Spring Data user relies on, on one database; subclasses pick the database. */
@SpringBootTest(classes = TestApp.class)
abstract class RepositoryContract {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Autowired TodoRepository todos;
    @Autowired TodoListRepository lists;
    @Autowired PlainRepository plains;
    @Autowired SoftDeleteScopes scopes;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired SqlLog sql;

    @BeforeEach
    void clean() {
        for (String table : List.of("todo", "todo_list", "plain")) {
            jdbc.update("delete from " + table);
        }
        clock.set(NOW);
        TestApp.AUDITOR.remove();
        SecurityContextHolder.clearContext();
        sql.clear();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
        TestApp.AUDITOR.remove();
    }

    Todo save(String title) {
        return todos.save(new Todo(title));
    }

    long raw(String where) {
        return jdbc.queryForObject("select count(*) from todo where " + where, Long.class);
    }

    static void assertRefused(ThrowingCallable call) {
        assertThatThrownBy(call).satisfies(e -> {
            Throwable t = e;
            while (!(t instanceof HardDeleteRefusedException) && t.getCause() != null) {
                t = t.getCause();
            }
            assertThat(t).isInstanceOf(HardDeleteRefusedException.class);
        });
    }

    @Test
    void deleteKeepsTheRowStampedWithTimeAndUser() {
        Todo todo = save("buy milk");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("alice", "pw", "ROLE_USER"));
        todos.delete(todo);

        assertThat(todos.findAll()).isEmpty();
        assertThat(todos.findById(todo.getId())).isEmpty();
        assertThat(raw("deleted_at is not null")).isEqualTo(1);
        Todo deleted = todos.findByIdIncludingDeleted(todo.getId()).orElseThrow();
        assertThat(deleted.getDeletedAt()).isEqualTo(NOW);
        assertThat(deleted.getDeletedBy()).isEqualTo("alice");
        assertThat(sql.count("delete")).isZero();
    }

    @Test
    void deletedByFallsBackToTheAuditorAndThenToNobody() {
        Todo audited = save("a");
        Todo anonymous = save("b");
        TestApp.AUDITOR.set("cron-job");
        todos.delete(audited);
        TestApp.AUDITOR.remove();
        todos.delete(anonymous);
        assertThat(todos.findByIdIncludingDeleted(audited.getId()).orElseThrow().getDeletedBy()).isEqualTo("cron-job");
        assertThat(todos.findByIdIncludingDeleted(anonymous.getId()).orElseThrow().getDeletedBy()).isNull();
    }

    @Test
    void everyReadPathHidesDeletedRows() {
        Todo alive = save("milk");
        Todo gone = save("milk");
        save("bread");
        todos.delete(gone);

        assertThat(todos.findAll()).extracting(Todo::getId).doesNotContain(gone.getId()).hasSize(2);
        assertThat(todos.findByTitle("milk")).extracting(Todo::getId).containsExactly(alive.getId());
        assertThat(todos.search("mil%")).extracting(Todo::getId).containsExactly(alive.getId());
        assertThat(todos.count()).isEqualTo(2);
        assertThat(todos.countByTitle("milk")).isEqualTo(1);
        assertThat(todos.existsById(gone.getId())).isFalse();
        assertThat(todos.existsById(alive.getId())).isTrue();
        assertThat(todos.findAll((root, q, cb) -> cb.equal(root.get("title"), "milk")))
                .extracting(Todo::getId).containsExactly(alive.getId());
        assertThat(todos.count(Specification.where((root, q, cb) -> cb.equal(root.get("title"), "milk")))).isEqualTo(1);
        var page = todos.findAll(PageRequest.of(0, 10, Sort.by("title")));
        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(page.getContent()).extracting(Todo::getTitle).containsExactly("bread", "milk");
        assertThat(todos.findByTitleContaining("mil", PageRequest.of(0, 1)).getTotalElements()).isEqualTo(1);
        assertThat(todos.findAllById(List.of(alive.getId(), gone.getId()))).extracting(Todo::getId).containsExactly(alive.getId());
        assertThat(tx.<Todo>execute(s -> entityManager.find(Todo.class, gone.getId()))).isNull();
        assertThat(tx.<Long>execute(s -> entityManager.createQuery("select count(t) from Todo t", Long.class).getSingleResult())).isEqualTo(2L);
        assertThatThrownBy(() -> tx.execute(s -> todos.getReferenceById(gone.getId()).getTitle()))
                .isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void queryByExampleProjectionsAndFetchJoinsHideDeletedRows() {
        TodoList list = lists.save(new TodoList("chores"));
        Todo kept = todos.save(new Todo("sweep", list));
        Todo gone = todos.save(new Todo("mop", list));
        todos.delete(gone);
        Todo probe = new Todo("mop");

        assertThat(todos.findAll(org.springframework.data.domain.Example.of(probe))).isEmpty();
        assertThat(todos.count(org.springframework.data.domain.Example.of(probe))).isZero();
        assertThat(todos.findAllByOrderByTitle()).extracting(TodoRepository.TitleOnly::getTitle).containsExactly("sweep");
        assertThat(todos.findWithList("chores")).extracting(Todo::getId).containsExactly(kept.getId());
        List<Todo> fluent = todos.findBy((root, q, cb) -> cb.isNotNull(root.get("title")), q -> q.all());
        assertThat(fluent)
                .extracting(Todo::getId).containsExactly(kept.getId());

        lists.delete(lists.findById(list.getId()).orElseThrow());
        assertThat(todos.findWithList("chores")).isEmpty();
    }

    @Test
    void trashScopesSeeDeletedRows() {
        Todo alive = save("milk");
        Todo gone = save("milk");
        todos.delete(gone);

        assertThat(todos.findAllIncludingDeleted()).extracting(Todo::getId).containsExactlyInAnyOrder(alive.getId(), gone.getId());
        assertThat(todos.findAllDeleted()).extracting(Todo::getId).containsExactly(gone.getId());
        assertThat(todos.findAllDeleted(PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
        assertThat(todos.countDeleted()).isEqualTo(1);
        assertThat(scopes.includingDeleted(() -> todos.findByTitle("milk"))).hasSize(2);
        assertThat(scopes.onlyDeleted(() -> todos.findByTitle("milk"))).extracting(Todo::getId).containsExactly(gone.getId());
        assertThat(scopes.onlyDeleted(() -> entityManager.createQuery("select t from Todo t", Todo.class).getResultList()))
                .extracting(Todo::getId).containsExactly(gone.getId());
        // and after the scope, hidden again
        assertThat(todos.findByTitle("milk")).extracting(Todo::getId).containsExactly(alive.getId());
    }

    @Test
    void collectionsOfSoftDeletableTypesHideDeletedElements() {
        TodoList list = lists.save(new TodoList("groceries"));
        Todo milk = todos.save(new Todo("milk", list));
        todos.save(new Todo("eggs", list));
        todos.delete(milk);
        List<String> titles = tx.execute(s -> lists.findById(list.getId()).orElseThrow().getTodos().stream().map(Todo::getTitle).toList());
        assertThat(titles).containsExactly("eggs");
    }

    @Test
    void bulkDeletesAreOneUpdateAndNeverADelete() {
        List<Todo> saved = List.of(save("a"), save("b"), save("c"), save("d"), save("e"), save("f"));
        sql.clear();
        todos.deleteAll(saved.subList(0, 2));
        todos.deleteAllInBatch(List.of(saved.get(2)));
        todos.deleteAllById(List.of(saved.get(3).getId()));
        todos.deleteAllByIdInBatch(List.of(saved.get(4).getId()));
        assertThat(sql.count("update")).isEqualTo(4);
        assertThat(raw("deleted_at is null")).isEqualTo(1);
        todos.deleteAll();
        assertThat(raw("deleted_at is null")).isZero();
        todos.deleteAllInBatch();
        assertThat(raw("1 = 1")).isEqualTo(6);
        assertThat(sql.count("delete")).isZero();
    }

    @Test
    void deleteByIdAndSpecificationsSoftDelete() {
        Todo a = save("a");
        save("b");
        save("c");
        save("keep");
        todos.deleteById(a.getId());
        assertThat(todos.delete((PredicateSpecification<Todo>) (from, cb) -> cb.equal(from.get("title"), "b"))).isEqualTo(1);
        assertThat(todos.delete((DeleteSpecification<Todo>) (root, delete, cb) -> cb.equal(root.get("title"), "c"))).isEqualTo(1);
        assertThat(todos.findAll()).extracting(Todo::getTitle).containsExactly("keep");
        assertThat(raw("deleted_at is not null")).isEqualTo(3);
        assertThat(sql.count("delete")).isZero();
    }

    @Test
    void jpqlAndCriteriaDeletesNeverHardDelete() {
        save("doomed");
        assertRefused(() -> tx.execute(s -> todos.bulkDeleteByTitle("doomed")));
        assertThat(raw("deleted_at is null")).isEqualTo(1);
    }

    @Test
    void entityManagerRemoveSoftDeletes() {
        Todo todo = save("x");
        tx.executeWithoutResult(s -> entityManager.remove(entityManager.find(Todo.class, todo.getId())));
        assertThat(raw("deleted_at is not null")).isEqualTo(1);
    }

    @Test
    void restoreBringsTheRowBack() {
        Todo todo = save("oops");
        todos.delete(todo);
        Todo restored = todos.restore(todo.getId());
        assertThat(restored.isDeleted()).isFalse();
        assertThat(todos.findById(todo.getId())).isPresent();
    }

    @Test
    void restoreRejectsUnknownAndAliveRowsChangingNothing() {
        Todo todo = save("alive");
        // Spring's categories, with Reprieve's exception as the cause (see SpringErrorTranslationContract)
        assertThatThrownBy(() -> todos.restore(424242L)).isInstanceOf(EmptyResultDataAccessException.class)
                .hasCauseInstanceOf(RowNotFoundException.class)
                .hasMessageContaining("Todo").hasMessageContaining("424242");
        assertThatThrownBy(() -> todos.restore(todo.getId())).isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasCauseInstanceOf(NotDeletedException.class)
                .hasMessageContaining("Todo").hasMessageContaining(String.valueOf(todo.getId()));
        assertThat(raw("deleted_at is null")).isEqualTo(1);
    }

    @Test
    void deletingTwiceKeepsTheFirstDeletion() {
        Todo todo = save("twice");
        todos.delete(todo);
        clock.set(NOW.plusSeconds(7200));
        todos.deleteById(todo.getId());
        todos.delete(todos.findByIdIncludingDeleted(todo.getId()).orElseThrow());
        assertThat(todos.findByIdIncludingDeleted(todo.getId()).orElseThrow().getDeletedAt()).isEqualTo(NOW);
    }

    @Test
    void hardDeleteRemovesOnlyWhenAskedByName() {
        Todo a = save("a");
        Todo b = save("b");
        todos.delete(a);
        todos.hardDeleteById(a.getId());
        todos.hardDelete(b);
        assertThat(raw("1 = 1")).isZero();
        assertThatThrownBy(() -> todos.hardDeleteById(a.getId())).isInstanceOf(EmptyResultDataAccessException.class)
                .hasCauseInstanceOf(RowNotFoundException.class);
    }

    @Test
    void savingAStaleCopyOfADeletedRowNeitherResurrectsNorDuplicatesIt() {
        Todo stale = save("stale");
        todos.deleteById(stale.getId());
        stale.setTitle("edited elsewhere");
        assertThatThrownBy(() -> todos.save(stale))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThat(raw("1 = 1")).isEqualTo(1);
        assertThat(raw("deleted_at is null")).isZero();
    }

    @Test
    void previewAndRestoreWithParentsFollowTheCascade() {
        TodoList list = lists.save(new TodoList("groceries"));
        Todo milk = todos.save(new Todo("milk", list));
        todos.save(new Todo("eggs", list));

        var preview = lists.previewDeletion(list.getId());
        assertThat(preview.cascaded()).containsEntry("Todo", 2L);
        assertThat(preview.allowed()).isTrue();
        assertThat(raw("deleted_at is null")).isEqualTo(2);

        lists.deleteById(list.getId());
        assertThat(raw("deleted_at is null")).isZero();
        assertThatThrownBy(() -> todos.restore(milk.getId())).isInstanceOf(DataIntegrityViolationException.class)
                .hasCauseInstanceOf(dev.reprieve.core.ParentDeletedException.class)
                .hasMessageContaining("TodoList");
        assertThat(todos.restoreWithParents(milk.getId()).isDeleted()).isFalse();
        assertThat(lists.findById(list.getId())).isPresent();
        assertThat(raw("deleted_at is null")).isEqualTo(2);
    }

    @Test
    void plainEntitiesKeepSpringDataBehaviour() {
        Plain plain = plains.save(new Plain("p"));
        plains.deleteById(plain.getId());
        assertThat(plains.count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from plain", Long.class)).isZero();
    }

    // ---- Spring Data's contract for null arguments --------------------------------------------------

    /**
     * A repository method called with a null argument (or a null element), and the same call on a plain
     * Spring Data repository where one exists, to compare with.
     */
    record NullCall(String method, String argument, Consumer<TodoRepository> reprieve, Consumer<PlainRepository> springData) {
        @Override
        public String toString() {
            return method;
        }
    }

    static Stream<NullCall> nullCalls() {
        List<Long> idsWithNull = Arrays.asList(-1L, null);
        return Stream.of(
                new NullCall("deleteById(null)", "id", r -> r.deleteById(null), r -> r.deleteById(null)),
                new NullCall("deleteById(null, reason)", "id", r -> r.deleteById(null, "reason"), r -> r.deleteById(null)),
                new NullCall("deleteAllById(null)", "ids", r -> r.deleteAllById(null), r -> r.deleteAllById(null)),
                new NullCall("deleteAllById([id, null])", "ids", r -> r.deleteAllById(idsWithNull),
                        r -> r.deleteAllById(idsWithNull)),
                new NullCall("deleteAllByIdInBatch(null)", "ids", r -> r.deleteAllByIdInBatch(null),
                        r -> r.deleteAllByIdInBatch(null)),
                new NullCall("deleteAllByIdInBatch([id, null])", "ids", r -> r.deleteAllByIdInBatch(idsWithNull), null),
                new NullCall("delete(null)", "entity", r -> r.delete((Todo) null), r -> r.delete((Plain) null)),
                new NullCall("delete(null, reason)", "entity", r -> r.delete((Todo) null, "reason"),
                        r -> r.delete((Plain) null)),
                new NullCall("deleteAll(null)", "entities", r -> r.deleteAll(null), r -> r.deleteAll(null)),
                new NullCall("deleteAll([entity, null])", "entities", r -> r.deleteAll(Arrays.asList(new Todo("new"), null)),
                        r -> r.deleteAll(Arrays.asList(new Plain("new"), null))),
                new NullCall("deleteAllInBatch(null)", "entities", r -> r.deleteAllInBatch(null),
                        r -> r.deleteAllInBatch(null)),
                new NullCall("deleteAllInBatch([entity, null])", "entities",
                        r -> r.deleteAllInBatch(Arrays.asList(new Todo("new"), null)), null),
                new NullCall("delete(DeleteSpecification null)", "specification",
                        r -> r.delete((DeleteSpecification<Todo>) null), null),
                new NullCall("findByIdIncludingDeleted(null)", "id", r -> r.findByIdIncludingDeleted(null),
                        r -> r.findById(null)),
                new NullCall("findAllIncludingDeleted(Pageable null)", "pageable",
                        r -> r.findAllIncludingDeleted((Pageable) null), null),
                new NullCall("findAllDeleted(Pageable null)", "pageable", r -> r.findAllDeleted((Pageable) null), null),
                new NullCall("restore(null)", "id", r -> r.restore(null), null),
                new NullCall("restoreWithParents(null)", "id", r -> r.restoreWithParents(null), null),
                new NullCall("previewDeletion(null)", "id", r -> r.previewDeletion(null), null),
                new NullCall("hardDelete(null)", "entity", r -> r.hardDelete(null), r -> r.delete((Plain) null)),
                new NullCall("hardDeleteById(null)", "id", r -> r.hardDeleteById(null), r -> r.deleteById(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullCalls")
    void nullArgumentsAreRefusedLikeSpringDataDoesBeforeAnySql(NullCall call) {
        Todo alive = save("alive");
        sql.clear();

        Throwable ours = catchThrowable(() -> call.reprieve().accept(todos));
        assertThat(ours).isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(call.argument() + " must not");
        assertThat(sql.statements()).as("SQL before the argument check").isEmpty();
        assertThat(raw("deleted_at is null")).isEqualTo(1);
        assertThat(todos.findById(alive.getId())).isPresent();
        if (call.springData() != null) {
            Throwable theirs = catchThrowable(() -> call.springData().accept(plains));
            assertThat(theirs).as("Spring Data's own answer to the same call").isNotNull();
            assertThat(ours).isExactlyInstanceOf(theirs.getClass());
            assertThat(ours.getCause()).isExactlyInstanceOf(theirs.getCause().getClass());
        }
    }

    @Test
    void scopesRefuseNullArguments() {
        assertThatThrownBy(() -> scopes.includingDeleted(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("work must not be null");
        assertThatThrownBy(() -> scopes.onlyDeleted(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("work must not be null");
        assertThatThrownBy(() -> scopes.withReason("reason", (Supplier<Integer>) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("work must not be null");
        assertThatThrownBy(() -> scopes.withReason("reason", (Runnable) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("work must not be null");
        assertThatThrownBy(() -> scopes.seeing(null, () -> 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("visibility must not be null");
        assertThatThrownBy(() -> new SoftDeleteScopes(null, tx)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sharedEntityManager must not be null");
    }

    // ---- the instances the caller holds -------------------------------------------------------------

    @Test
    void theInstancePassedToADeleteCarriesTheDeletion() {
        Todo todo = save("milk");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("alice", "pw", "ROLE_USER"));
        todos.delete(todo);

        assertThat(todo.isDeleted()).isTrue();
        assertThat(todo.getDeletedAt()).isEqualTo(NOW);
        assertThat(todo.getDeletedBy()).isEqualTo("alice");
        assertThat(todo.getDeletionId()).isEqualTo(
                jdbc.queryForObject("select deletion_id from todo where id = ?", String.class, todo.getId()));

        Todo a = save("a");
        Todo b = save("b");
        todos.deleteAll(List.of(a, b));
        assertThat(a.getDeletionId()).isNotNull().isEqualTo(b.getDeletionId()).isNotEqualTo(todo.getDeletionId());
        Todo c = save("c");
        todos.deleteAllInBatch(List.of(c));
        assertThat(c.isDeleted()).isTrue();

        clock.set(NOW.plusSeconds(60));
        Todo again = todos.findByIdIncludingDeleted(todo.getId()).orElseThrow();
        todos.delete(again); // already deleted: the instance shows the first deletion, which the row keeps
        assertThat(again.getDeletedAt()).isEqualTo(NOW);
        assertThat(again.getDeletionId()).isEqualTo(todo.getDeletionId());

        Todo restored = todos.restore(todo.getId());
        assertThat(restored.isDeleted()).isFalse();
        assertThat(restored.getDeletedAt()).isNull();
        assertThat(restored.getDeletionId()).isNull();
    }

    @Test
    void loadedInstancesOfTheCascadeCarryTheDeletion() {
        TodoList list = lists.save(new TodoList("groceries"));
        Todo milk = todos.save(new Todo("milk", list));
        tx.executeWithoutResult(status -> {
            TodoList managed = lists.findById(list.getId()).orElseThrow();
            Todo loaded = todos.findById(milk.getId()).orElseThrow();
            lists.delete(managed);
            assertThat(managed.isDeleted()).isTrue();
            assertThat(loaded.isDeleted()).isTrue();
            assertThat(loaded.getDeletionId()).isEqualTo(managed.getDeletionId());
        });
        assertThat(raw("deleted_at is null")).isZero();
    }

    @Test
    void hardDeletingAParentWhoseChildrenAreInTheTrashTakesThemAlong() {
        TodoList list = lists.save(new TodoList("groceries"));
        Todo milk = todos.save(new Todo("milk", list));
        Todo other = save("unrelated");
        todos.delete(milk);

        assertThat(lists.previewDeletion(list.getId()).inTrash()).containsOnly(java.util.Map.entry("Todo", 1L));
        lists.hardDelete(list);
        assertThat(jdbc.queryForObject("select count(*) from todo_list", Long.class)).isZero();
        assertThat(raw("1 = 1")).isEqualTo(1);
        assertThat(todos.findById(other.getId())).isPresent();
    }
}

package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.reprieve.core.event.Erased;
import dev.reprieve.core.event.ReprieveEvent;
import dev.reprieve.core.event.Restored;
import dev.reprieve.core.event.SoftDeleted;
import dev.reprieve.spring.SoftDeleteScopes;
import dev.reprieve.spring.app.TestApp;
import dev.reprieve.spring.app.Todo;
import dev.reprieve.spring.app.TodoList;
import dev.reprieve.spring.app.TodoListRepository;
import dev.reprieve.spring.app.TodoRepository;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.data.jpa.domain.DeleteSpecification;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every repository and JPA path publishes exactly one Spring application event per operation: heard inside the
 * transaction by {@code @EventListener}, after the commit by {@code @TransactionalEventListener}, and never
 * after a rollback. On one database; subclasses pick it.
 */
@SpringBootTest(classes = {TestApp.class, EventsContract.Recorder.class})
abstract class EventsContract {

    /** Records what the two kinds of Spring listener hear. */
    static class Recorder {
        final List<ReprieveEvent> during = new CopyOnWriteArrayList<>();
        final List<Boolean> duringInTransaction = new CopyOnWriteArrayList<>();
        final List<ReprieveEvent> afterCommit = new CopyOnWriteArrayList<>();
        volatile String failWith;

        @EventListener
        void during(ReprieveEvent event) {
            if (failWith != null) {
                throw new IllegalStateException(failWith);
            }
            during.add(event);
            duringInTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
        }

        @TransactionalEventListener
        void afterCommit(ReprieveEvent event) {
            afterCommit.add(event);
        }

        void clear() {
            during.clear();
            duringInTransaction.clear();
            afterCommit.clear();
            failWith = null;
        }
    }

    @Autowired Recorder recorder;
    @Autowired TodoRepository todos;
    @Autowired TodoListRepository lists;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired SoftDeleteScopes scopes;

    @BeforeEach
    void clean() {
        for (String table : List.of("todo", "todo_list", "plain")) {
            jdbc.update("delete from " + table);
        }
        TestApp.AUDITOR.remove();
        recorder.clear();
    }

    /** One way to soft-delete the three todos it is given. */
    record Path(String name, BiConsumer<EventsContract, List<Todo>> delete) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Path> deletePaths() {
        return Stream.of(
                new Path("deleteAllById", (t, l) -> t.todos.deleteAllById(ids(l))),
                new Path("deleteAllByIdInBatch", (t, l) -> t.todos.deleteAllByIdInBatch(ids(l))),
                new Path("deleteAll(entities)", (t, l) -> t.todos.deleteAll(l)),
                new Path("deleteAllInBatch(entities)", (t, l) -> t.todos.deleteAllInBatch(l)),
                new Path("deleteAll()", (t, l) -> t.todos.deleteAll()),
                new Path("deleteAllInBatch()", (t, l) -> t.todos.deleteAllInBatch()),
                new Path("delete(DeleteSpecification)", (t, l) -> t.todos.delete(
                        (DeleteSpecification<Todo>) (root, delete, cb) -> cb.like(root.get("title"), "t%"))),
                new Path("delete(PredicateSpecification)", (t, l) -> t.todos.delete(
                        (PredicateSpecification<Todo>) (from, cb) -> cb.like(from.get("title"), "t%"))));
    }

    static List<Long> ids(List<Todo> todos) {
        return todos.stream().map(Todo::getId).toList();
    }

    List<Todo> three() {
        List<Todo> saved = new ArrayList<>();
        for (String title : List.of("t1", "t2", "t3")) {
            saved.add(todos.save(new Todo(title)));
        }
        return saved;
    }

    <E extends ReprieveEvent> E once(Class<E> type) {
        assertThat(recorder.during).singleElement().isInstanceOf(type);
        assertThat(recorder.duringInTransaction).containsExactly(true);
        assertThat(recorder.afterCommit).containsExactlyElementsOf(recorder.during);
        return type.cast(recorder.during.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deletePaths")
    void aBulkDeleteIsOneEventAfterItsCommit(Path path) {
        List<Todo> three = three();
        TestApp.AUDITOR.set("cron-job");
        path.delete().accept(this, three);
        SoftDeleted event = once(SoftDeleted.class);
        assertThat(event.entityName()).isEqualTo(Todo.class.getSimpleName());
        assertThat(event.ids().ids()).containsExactlyInAnyOrderElementsOf(new ArrayList<Object>(ids(three)));
        assertThat(event.rows()).containsExactly(entry("Todo", 3L));
        assertThat(event.deletedBy()).isEqualTo("cron-job");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deletePaths")
    void aRolledBackDeleteIsNeverHeardAfterCommit(Path path) {
        List<Todo> three = three();
        tx.executeWithoutResult(status -> {
            path.delete().accept(this, three);
            status.setRollbackOnly();
        });
        assertThat(recorder.during).hasSize(1);
        assertThat(recorder.afterCommit).isEmpty();
        assertThat(todos.count()).isEqualTo(3);
    }

    @Test
    void singleDeletesAndEntityManagerRemoveAreOneEventEach() {
        List<Todo> three = three();
        todos.delete(three.get(0));
        assertThat(once(SoftDeleted.class).ids().ids()).containsExactly(three.get(0).getId());
        recorder.clear();
        todos.deleteById(three.get(1).getId());
        assertThat(once(SoftDeleted.class).ids().ids()).containsExactly(three.get(1).getId());
        recorder.clear();
        tx.executeWithoutResult(status -> entityManager.remove(entityManager.find(Todo.class, three.get(2).getId())));
        assertThat(once(SoftDeleted.class).ids().ids()).containsExactly(three.get(2).getId());
    }

    @Test
    void aReasonGivenToADeleteTravelsInItsEvent() {
        List<Todo> three = three();
        todos.delete(three.get(0), "duplicate");
        assertThat(once(SoftDeleted.class).reason()).isEqualTo("duplicate");
        recorder.clear();
        todos.deleteById(three.get(1).getId(), "  spam ");
        assertThat(once(SoftDeleted.class).reason()).isEqualTo("spam");
        recorder.clear();
        scopes.withReason("GDPR request 42",
                () -> entityManager.remove(entityManager.find(Todo.class, three.get(2).getId())));
        assertThat(once(SoftDeleted.class).reason()).isEqualTo("GDPR request 42");
        recorder.clear();
        todos.save(new Todo("t4"));
        todos.deleteAll();
        assertThat(once(SoftDeleted.class).reason()).isNull();
    }

    @Test
    void aCascadeIsOneEventCountingTheRowsTakenAlong() {
        TodoList list = lists.save(new TodoList("groceries"));
        for (String title : List.of("milk", "eggs")) {
            todos.save(new Todo(title, list));
        }
        lists.deleteById(list.getId());
        SoftDeleted event = once(SoftDeleted.class);
        assertThat(event.entityName()).isEqualTo("TodoList");
        assertThat(event.rows()).containsExactly(entry("Todo", 2L), entry("TodoList", 1L));
    }

    @Test
    void restoresAndHardDeletesAreOneEventEach() {
        List<Todo> three = three();
        todos.deleteById(three.get(0).getId());
        recorder.clear();
        TestApp.AUDITOR.set("bob");
        todos.restore(three.get(0).getId());
        Restored restored = once(Restored.class);
        assertThat(restored.ids().ids()).containsExactly(three.get(0).getId());
        assertThat(restored.restoredBy()).isEqualTo("bob");
        assertThat(restored.rows()).containsExactly(entry("Todo", 1L));

        recorder.clear();
        todos.deleteById(three.get(1).getId());
        recorder.clear();
        todos.restoreWithParents(three.get(1).getId());
        once(Restored.class);

        recorder.clear();
        todos.hardDeleteById(three.get(2).getId());
        Erased erased = once(Erased.class);
        assertThat(erased.rows()).containsExactly(entry("Todo", 1L));
        assertThat(erased.erasedBy()).isEqualTo("bob");
    }

    @Test
    void aThrowingEventListenerRollsTheDeleteBack() {
        List<Todo> three = three();
        recorder.failWith = "outbox is down";
        assertThatThrownBy(() -> todos.deleteAllById(ids(three))).hasMessageContaining("outbox is down");
        recorder.failWith = null;
        assertThat(recorder.afterCommit).isEmpty();
        assertThat(todos.count()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from todo where deleted_at is not null", Long.class)).isZero();
    }

    long todosWithReason(String reason) {
        return jdbc.queryForObject("select count(*) from todo where deletion_reason = ?", Long.class, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deletePaths")
    void aBulkDeleteUnderAReasonStoresItOnEveryRowAndRestoreClearsIt(Path path) {
        List<Todo> three = three();
        scopes.withReason("bulk cleanup", () -> path.delete().accept(this, three));
        assertThat(once(SoftDeleted.class).reason()).isEqualTo("bulk cleanup");
        assertThat(todosWithReason("bulk cleanup")).isEqualTo(3);
        recorder.clear();
        todos.restore(three.get(0).getId(), "wrong filter");
        assertThat(once(Restored.class).reason()).isEqualTo("wrong filter");
        // the restore brings back the whole operation, and every row forgets the reason with its deletion
        assertThat(todosWithReason("bulk cleanup")).isZero();
        assertThat(todos.count()).isEqualTo(3);
    }

    @Test
    void singleDeletesStoreTheirReasonAndACascadeGivesItToTheRowsItTakes() {
        List<Todo> three = three();
        todos.delete(three.get(0), "duplicate");
        todos.deleteById(three.get(1).getId(), "spam");
        scopes.withReason("GDPR", () -> entityManager.remove(entityManager.find(Todo.class, three.get(2).getId())));
        assertThat(todosWithReason("duplicate")).isEqualTo(1);
        assertThat(todosWithReason("spam")).isEqualTo(1);
        assertThat(todosWithReason("GDPR")).isEqualTo(1);
        TodoList list = lists.save(new TodoList("groceries"));
        for (String title : List.of("milk", "eggs")) {
            todos.save(new Todo(title, list));
        }
        lists.deleteById(list.getId(), "moved house");
        assertThat(todosWithReason("moved house")).isEqualTo(2);
    }

    @Test
    void aRestoreWithParentsCarriesItsReasonAndActor() {
        TodoList list = lists.save(new TodoList("groceries"));
        Todo milk = todos.save(new Todo("milk", list));
        lists.deleteById(list.getId());
        recorder.clear();
        TestApp.AUDITOR.set("carol");
        todos.restoreWithParents(milk.getId(), "needed again");
        Restored restored = once(Restored.class);
        assertThat(restored.entityName()).isEqualTo("Todo");
        assertThat(restored.reason()).isEqualTo("needed again");
        assertThat(restored.restoredBy()).isEqualTo("carol");
        assertThat(restored.restoredAt()).isNotNull();
    }

    @Test
    void aReasonLongerThanTheColumnIsRefusedChangingNothing() {
        List<Todo> three = three();
        assertThatThrownBy(() -> todos.deleteById(three.get(0).getId(), "x".repeat(101)))
                .isInstanceOf(dev.reprieve.spring.ReprieveUsageException.class)
                .hasMessageContaining("101").hasMessageContaining("100");
        assertThat(todos.count()).isEqualTo(3);
        assertThat(recorder.during).isEmpty();
    }
}

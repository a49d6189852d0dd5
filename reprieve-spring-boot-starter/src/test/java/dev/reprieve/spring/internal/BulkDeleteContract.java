package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.reprieve.core.event.ReprieveEvent;
import dev.reprieve.core.event.Restored;
import dev.reprieve.core.event.SoftDeleted;
import dev.reprieve.spring.SoftDeleteScopes;
import dev.reprieve.spring.app.Handle;
import dev.reprieve.spring.app.HandleRepository;
import dev.reprieve.spring.app.TestApp;
import dev.reprieve.spring.app.Todo;
import dev.reprieve.spring.app.TodoList;
import dev.reprieve.spring.app.TodoListRepository;
import dev.reprieve.spring.app.TodoRepository;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.data.jpa.domain.DeleteSpecification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repository's bulk paths on more rows than one IN list and one event's ids hold, with a cascade below them
 * and rows deleted before among them: one operation, one deletion id, one event, the deleter and the reason on
 * it, rows deleted before keep their first deletion, and loaded instances of the rows show the delete. On one
 * database; subclasses pick it.
 */
@SpringBootTest(classes = {TestApp.class, BulkDeleteContract.Recorder.class})
abstract class BulkDeleteContract {

    /** More than one IN list (1,000 ids) and more ids than an event carries (1,000). */
    private static final int LISTS = 1_200;
    private static final int DELETED_BEFORE = 150;

    static class Recorder {
        final List<ReprieveEvent> heard = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ReprieveEvent event) {
            heard.add(event);
        }
    }

    @Autowired Recorder recorder;
    @Autowired TodoRepository todos;
    @Autowired TodoListRepository lists;
    @Autowired HandleRepository handles;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired SoftDeleteScopes scopes;

    private final List<Long> listIds = new ArrayList<>();
    private String firstDeletion;

    /** {@link #LISTS} lists named "bulk", each with one todo; the first {@link #DELETED_BEFORE} deleted by one earlier operation. */
    @BeforeEach
    void seed() {
        for (String table : List.of("todo", "todo_list", "plain", "handle")) {
            jdbc.update("delete from " + table);
        }
        listIds.clear();
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < LISTS; i++) {
                TodoList list = new TodoList("bulk");
                entityManager.persist(list);
                entityManager.persist(new Todo("todo " + i, list));
                listIds.add(list.getId());
            }
        });
        TestApp.AUDITOR.set("earlier");
        lists.deleteAllById(listIds.subList(0, DELETED_BEFORE));
        firstDeletion = jdbc.queryForObject("select deletion_id from todo_list where id = ?", String.class, listIds.get(0));
        TestApp.AUDITOR.set("bulk-job");
        recorder.heard.clear();
    }

    @Test
    void deleteBySpecificationOfManyRowsIsOneOperationWithItsCascadeAndOneEvent() {
        DeleteSpecification<TodoList> named = (root, delete, cb) -> cb.equal(root.get("name"), "bulk");
        long changed = scopes.withReason("archive", () -> lists.delete(named));

        assertThat(changed).isEqualTo(LISTS - DELETED_BEFORE);
        assertOneDeleteOperation(LISTS - DELETED_BEFORE, "archive");
        // the ids the query found were all marked: the event carries the first thousand of them
        assertThat(((SoftDeleted) recorder.heard.get(0)).ids().ids()).hasSize(1_000);
    }

    @Test
    void deleteAllByIdOfManyIdsWithRepeatsAndUnknownsIsOneOperationAndOneEvent() {
        List<Long> asked = new ArrayList<>(listIds);
        asked.addAll(listIds.subList(500, 700)); // repeated ids
        asked.add(-1L); // no such row
        scopes.withReason("archive", () -> lists.deleteAllById(asked));

        assertOneDeleteOperation(LISTS - DELETED_BEFORE, "archive");
        // more rows than an event carries, and not every id asked was marked: the event counts them (docs/events.md)
        assertThat(((SoftDeleted) recorder.heard.get(0)).ids().ids()).isEmpty();
    }

    @Test
    void aLoadedInstanceAmongTheRowsShowsTheDeleteAndLeavesThePersistenceContext() {
        Long loadedId = listIds.get(LISTS - 1);
        tx.executeWithoutResult(status -> {
            TodoList loaded = entityManager.find(TodoList.class, loadedId);
            TodoList deletedBefore = lists.findByIdIncludingDeleted(listIds.get(0)).orElseThrow();
            lists.deleteAllById(listIds);
            assertThat(loaded.getDeletedAt()).isNotNull();
            assertThat(loaded.getDeletedBy()).isEqualTo("bulk-job");
            assertThat(entityManager.contains(loaded)).isFalse();
            assertThat(deletedBefore.getDeletionId()).isEqualTo(firstDeletion); // keeps its first deletion
            assertThat(deletedBefore.getDeletedBy()).isEqualTo("earlier");
        });
        assertThat(lists.findById(loadedId)).isEmpty();
    }

    /** A table with no cascade and no parent: delete(spec) is one UPDATE with the specification's condition. */
    @Test
    void deleteBySpecificationOnATableWithoutRelationsIsOneUpdateAndOneEvent() {
        List<Long> ids = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < LISTS; i++) {
                Handle handle = new Handle("h" + i);
                entityManager.persist(handle);
                ids.add(handle.getId());
            }
        });
        TestApp.AUDITOR.set("earlier");
        handles.deleteAllById(ids.subList(0, DELETED_BEFORE));
        String first = jdbc.queryForObject("select deletion_id from handle where id = ?", String.class, ids.get(0));
        TestApp.AUDITOR.set("bulk-job");
        recorder.heard.clear();
        DeleteSpecification<Handle> named = (root, delete, cb) -> cb.like(root.get("name"), "h%");

        long changed = tx.execute(status -> {
            Handle loaded = entityManager.find(Handle.class, ids.get(LISTS - 1));
            long n = scopes.withReason("rename", () -> handles.delete(named));
            assertThat(loaded.getDeletedBy()).isEqualTo("bulk-job");
            assertThat(entityManager.contains(loaded)).isFalse();
            return n;
        });

        assertThat(changed).isEqualTo(LISTS - DELETED_BEFORE);
        assertThat(recorder.heard).singleElement().isInstanceOf(SoftDeleted.class);
        SoftDeleted event = (SoftDeleted) recorder.heard.get(0);
        assertThat(event.rows()).containsOnly(entry("Handle", (long) LISTS - DELETED_BEFORE));
        assertThat(event.ids().count()).isEqualTo(LISTS - DELETED_BEFORE);
        assertThat(event.deletedBy()).isEqualTo("bulk-job");
        assertThat(event.reason()).isEqualTo("rename");
        assertThat(jdbc.queryForObject("select count(*) from handle where deletion_id = ? and deleted_by = 'bulk-job'"
                + " and deleted_at is not null", Long.class, event.deletionId())).isEqualTo(LISTS - DELETED_BEFORE);
        assertThat(jdbc.queryForObject("select count(*) from handle where deletion_id = ? and deleted_by = 'earlier'",
                Long.class, first)).isEqualTo(DELETED_BEFORE);
        assertThat(jdbc.queryForObject("select count(*) from handle", Long.class)).isEqualTo(LISTS);
        assertThat(handles.count()).isZero();

        // up to a thousand rows, the event names them, read back by deletion id
        handles.restore(ids.get(LISTS - 1));
        recorder.heard.clear();
        assertThat(handles.delete((DeleteSpecification<Handle>) (root, delete, cb) -> cb.equal(root.get("name"), "h7"))).isZero();
        assertThat(recorder.heard).isEmpty(); // h7 was deleted before: nothing changes, nothing is told
        handles.delete((DeleteSpecification<Handle>) (root, delete, cb) -> cb.equal(root.get("name"), "h700"));
        assertThat(((SoftDeleted) recorder.heard.get(0)).ids().ids()).containsExactly(ids.get(700));
    }

    @Test
    void restoreOfTheBulkGroupBringsBackExactlyItsRowsInOneEvent() {
        lists.deleteAllById(listIds);
        recorder.heard.clear();

        lists.restore(listIds.get(LISTS - 1));

        assertThat(recorder.heard).singleElement().isInstanceOf(Restored.class);
        Restored restored = (Restored) recorder.heard.get(0);
        assertThat(restored.rows()).containsOnly(entry("Todo", (long) LISTS - DELETED_BEFORE),
                entry("TodoList", (long) LISTS - DELETED_BEFORE));
        assertThat(lists.count()).isEqualTo(LISTS - DELETED_BEFORE);
        assertThat(todos.count()).isEqualTo(LISTS - DELETED_BEFORE);
        assertThat(jdbc.queryForObject("select count(*) from todo_list where deletion_id = ? and deleted_by = 'earlier'",
                Long.class, firstDeletion)).isEqualTo(DELETED_BEFORE);
    }

    private void assertOneDeleteOperation(int marked, String reason) {
        assertThat(recorder.heard).singleElement().isInstanceOf(SoftDeleted.class);
        SoftDeleted event = (SoftDeleted) recorder.heard.get(0);
        assertThat(event.entityName()).isEqualTo("TodoList");
        assertThat(event.rows()).containsOnly(entry("Todo", (long) marked), entry("TodoList", (long) marked));
        assertThat(event.ids().count()).isEqualTo(marked);
        assertThat(event.ids().complete()).isFalse();
        assertThat(event.deletedBy()).isEqualTo("bulk-job");
        assertThat(event.reason()).isEqualTo(reason);
        for (String table : List.of("todo_list", "todo")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where deletion_id = ? and deleted_by = 'bulk-job'",
                    Long.class, event.deletionId())).isEqualTo(marked);
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where deletion_id = ? and deleted_by = 'earlier'",
                    Long.class, firstDeletion)).isEqualTo(DELETED_BEFORE);
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).isEqualTo(LISTS);
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where deleted_at is null", Long.class)).isZero();
        }
        assertThat(event.ids().ids()).doesNotContainAnyElementsOf(new ArrayList<Object>(listIds.subList(0, DELETED_BEFORE)));
        assertThat(lists.count()).isZero();
        assertThat(todos.count()).isZero();
    }
}

package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reprieve.purge.PurgeForecast;
import dev.reprieve.purge.PurgeReport;
import dev.reprieve.spring.ReprieveProperties;
import dev.reprieve.spring.RetentionService;
import dev.reprieve.spring.app.Board;
import dev.reprieve.spring.app.Comment;
import dev.reprieve.spring.app.Note;
import dev.reprieve.spring.app.Project;
import dev.reprieve.spring.app.PurgeTestHooks;
import dev.reprieve.spring.app.SqlLog;
import dev.reprieve.spring.app.Tag;
import dev.reprieve.spring.app.Task;
import dev.reprieve.spring.app.TestApp;
import dev.reprieve.spring.app.Todo;
import dev.reprieve.testing.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention purge on one database; subclasses pick the database. Project keeps deleted rows 30 days
 * (annotation), Task 60 days (property) with a hold predicate, Board 60 days (property) and cascades to
 * projects and notes; batches hold 2 rows so batching shows.
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "reprieve.retention.Task=60d",
    "reprieve.retention.Board=60d",
    "reprieve.purge.batch-size=2",
    "reprieve.purge.batch-time=1m", // batches keep their 2 rows, however slow a cold first batch is
    "reprieve.purge.archive.Project=table",
    "reprieve.purge.archive.Task=files",
    "reprieve.purge.archive-directory=target/purge-archive/${random.uuid}",
    "reprieve.purge.hold.Task=title LIKE 'keep%'",
    "management.endpoints.web.exposure.include=reprieve"})
@AutoConfigureMockMvc
abstract class PurgeContract {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Autowired RetentionService retention;
    @Autowired EntityManager em;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired SqlLog sql;
    @Autowired PurgeTestHooks hooks;
    @Autowired LockProvider lockProvider;
    @Autowired ReprieveProperties properties;
    @Autowired MockMvc mvc;
    @Autowired Optional<MeterRegistry> meters;

    @BeforeEach
    void clean() throws IOException {
        jdbc.update("update note set parent_id = null");
        for (String table : List.of("task_comment", "task", "project_tags", "project", "tag", "todo", "todo_list",
                "note", "board", "reprieve_archive")) {
            jdbc.update("delete from " + table);
        }
        Path archive = properties.getPurge().getArchiveDirectory();
        if (Files.exists(archive)) {
            try (Stream<Path> files = Files.walk(archive)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        hooks.failOnBatch(0);
        clock.set(NOW);
        sql.clear();
    }

    // ---- fixtures -------------------------------------------------------------------------------

    Project project(String name) {
        return tx.execute(s -> {
            Project p = new Project(name);
            em.persist(p);
            return p;
        });
    }

    Task task(String title, Project project) {
        return tx.execute(s -> {
            Task t = new Task(title, project == null ? null : em.find(Project.class, project.getId()));
            em.persist(t);
            return t;
        });
    }

    /** Soft-deletes through Reprieve, as the application would, at the given time. */
    void deleteAt(Instant when, Class<?> type, Object id) {
        clock.set(when);
        tx.executeWithoutResult(s -> em.remove(em.find(type, id)));
        clock.set(NOW);
    }

    Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    List<String> projects() {
        return jdbc.queryForList("select name from project order by name", String.class);
    }

    List<String> tasks() {
        return jdbc.queryForList("select title from task order by title", String.class);
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    // ---- what may go and what stays --------------------------------------------------------------

    @Test
    void purgeErasesExpiredDeletedRowsAndNeverAnAliveOrRecentlyDeletedOne() {
        project("alive");
        deleteAt(daysAgo(31), Project.class, project("expired").getId());
        deleteAt(daysAgo(29), Project.class, project("recent").getId());
        Todo todo = tx.execute(s -> {
            Todo t = new Todo("no retention");
            em.persist(t);
            return t;
        });
        deleteAt(daysAgo(400), Todo.class, todo.getId());

        PurgeReport report = retention.purgeNow();

        assertThat(projects()).containsExactly("alive", "recent");
        assertThat(count("todo")).as("a type without retention is never purged").isEqualTo(1);
        assertThat(report.totalPurged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select deleted_at from project where name = 'alive'", Object.class)).isNull();
    }

    @Test
    void plainDependentsGoInTheSameBatchAndSoftDeletableChildrenGoBeforeTheirParent() {
        Project parent = project("parent");
        tx.executeWithoutResult(s -> {
            Tag tag = new Tag("kept");
            em.persist(tag);
            em.find(Project.class, parent.getId()).getTags().add(tag);
        });
        Task child = task("child", parent);
        tx.executeWithoutResult(s -> em.persist(new Comment("note", em.find(Task.class, child.getId()))));
        deleteAt(daysAgo(61), Task.class, child.getId());
        deleteAt(daysAgo(61), Project.class, parent.getId());
        sql.clear();

        retention.purgeNow();

        assertThat(projects()).isEmpty();
        assertThat(tasks()).isEmpty();
        assertThat(count("task_comment")).isZero();
        assertThat(count("project_tags")).isZero();
        assertThat(count("tag")).as("the other side of a join table stays").isEqualTo(1);
        List<String> deletes = sql.statements().stream().map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> s.startsWith("delete")).toList();
        assertThat(deletes).extracting(s -> s.split("\\s+")[2]).containsExactly(
                "task_comment", "task", "project_tags", "project");
    }

    @Test
    void aParentStaysWhileAnyRowStillReferencesIt() {
        Project parent = project("parent");
        task("alive child", parent);
        deleteAt(daysAgo(90), Project.class, parent.getId());

        PurgeReport report = retention.purgeNow();

        assertThat(projects()).containsExactly("parent");
        assertThat(tasks()).containsExactly("alive child");
        assertThat(report.totalPurged()).isZero();
    }

    @Test
    void rowsUnderLegalHoldOrMatchingTheHoldPredicateStay() {
        Project held = project("held");
        tx.executeWithoutResult(s -> em.find(Project.class, held.getId()).setLegalHold(true));
        deleteAt(daysAgo(365), Project.class, held.getId());
        deleteAt(daysAgo(365), Task.class, task("keep: evidence", null).getId());
        deleteAt(daysAgo(365), Task.class, task("go", null).getId());

        retention.purgeNow();

        assertThat(projects()).containsExactly("held");
        assertThat(tasks()).containsExactly("keep: evidence");
    }

    /** A board deleted at {@code when} through Reprieve, cascading to a project of each name. */
    Board boardWithProjects(Instant when, String... names) {
        Board board = tx.execute(st -> {
            Board b = new Board("board");
            em.persist(b);
            return b;
        });
        for (String name : names) {
            Project p = project(name);
            tx.executeWithoutResult(st -> em.find(Project.class, p.getId()).setBoard(em.find(Board.class, board.getId())));
        }
        deleteAt(when, Board.class, board.getId());
        return board;
    }

    List<String> boards() {
        return jdbc.queryForList("select name from board order by name", String.class);
    }

    @Test
    void aDeletionGroupIsPurgedWholeOrNotAtAll() {
        boardWithProjects(daysAgo(45), "grouped");
        deleteAt(daysAgo(45), Project.class, project("alone").getId());

        retention.purgeNow();
        assertThat(projects()).as("the project is expired, but its group's board is within 60 days")
                .containsExactly("grouped");
        assertThat(boards()).containsExactly("board");

        clock.set(NOW.plus(Duration.ofDays(16)));
        retention.purgeNow();
        assertThat(projects()).isEmpty();
        assertThat(boards()).isEmpty();
    }

    @Test
    void aHoldOnOneRowOfADeletionGroupKeepsTheWholeGroup() {
        boardWithProjects(daysAgo(70), "held", "group mate");
        jdbc.update("update project set legal_hold = ? where name = 'held'", true);
        deleteAt(daysAgo(70), Project.class, project("alone").getId());

        retention.purgeNow();

        assertThat(projects()).as("every row is expired, but one project of the group is held")
                .containsExactly("group mate", "held");
        assertThat(boards()).containsExactly("board");
    }

    // ---- batches, crash safety, archive ----------------------------------------------------------

    @Test
    void eachBatchErasesAtMostBatchSizeRows() {
        for (int i = 0; i < 5; i++) {
            deleteAt(daysAgo(40 + i), Project.class, project("p" + i).getId());
        }
        sql.clear();

        PurgeReport report = retention.purgeNow();

        assertThat(report.entities()).filteredOn(e -> e.entityName().equals("Project"))
                .singleElement().satisfies(e -> {
                    assertThat(e.purged()).isEqualTo(5);
                    assertThat(e.expired()).isEqualTo(5);
                    assertThat(e.batches()).isEqualTo(3);
                });
        assertThat(sql.statements()).filteredOn(s -> s.toLowerCase(Locale.ROOT).startsWith("delete from project where"))
                .hasSize(3);
        assertThat(projects()).isEmpty();
    }

    @Test
    void aCrashMidPurgeRollsBackOnlyTheOpenBatchAndTheNextRunFinishes() {
        for (int i = 0; i < 5; i++) {
            Project p = project("p" + i);
            tx.executeWithoutResult(s -> {
                Tag tag = new Tag("t");
                em.persist(tag);
                em.find(Project.class, p.getId()).getTags().add(tag);
            });
            deleteAt(daysAgo(50 - i), Project.class, p.getId()); // p0 is the oldest, purged first
        }
        hooks.failOnBatch(2);

        assertThatThrownBy(retention::purgeNow).hasStackTraceContaining("injected crash in purge batch 2");

        assertThat(projects()).as("batch 1 committed, batch 2 rolled back whole").containsExactly("p2", "p3", "p4");
        assertThat(count("project_tags")).as("the rolled-back batch kept its dependents").isEqualTo(3);
        assertThat(archivedProjects()).as("only committed rows are archived").containsExactly("p0", "p1");

        PurgeReport second = retention.purgeNow();

        assertThat(second.totalPurged()).isEqualTo(3);
        assertThat(projects()).isEmpty();
        assertThat(count("project_tags")).isZero();
        assertThat(archivedProjects()).containsExactly("p0", "p1", "p2", "p3", "p4");
    }

    List<String> archivedProjects() {
        return jdbc.queryForList("select payload from reprieve_archive where entity_name = 'Project'", String.class)
                .stream().map(json -> json.replaceAll("(?s).*\"name\"\\s*:\\s*\"([^\"]*)\".*", "$1")).sorted().toList();
    }

    @Test
    void theTableArchiveHoldsEachPurgedRowWithItsDeletionTime() {
        Project p = project("archived");
        deleteAt(daysAgo(31), Project.class, p.getId());

        retention.purgeNow();

        var row = jdbc.queryForMap("select row_id, payload from reprieve_archive where entity_name = 'Project'");
        assertThat(row.get("row_id").toString()).isEqualTo(p.getId().toString());
        assertThat(row.get("payload").toString()).contains("\"name\"").contains("archived");
        assertThat(count("reprieve_archive")).isEqualTo(1);
    }

    @Test
    void theFileArchiveHoldsEachPurgedRowAsAJsonLineOfTheDay() throws IOException {
        deleteAt(daysAgo(61), Task.class, task("first", null).getId());
        deleteAt(daysAgo(62), Task.class, task("second", null).getId());
        deleteAt(daysAgo(63), Task.class, task("third", null).getId());

        retention.purgeNow();

        Path file = properties.getPurge().getArchiveDirectory().resolve("Task").resolve("Task-2026-03-01.jsonl.gz");
        List<String> lines;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            lines = in.lines().toList();
        }
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{\"entity\":\"Task\""));
        assertThat(String.join("\n", lines)).contains("\"first\"", "\"second\"", "\"third\"");
        assertThat(tasks()).isEmpty();
    }

    @Test
    void theFileArchiveWritesTheDeletionTimeAsStoredWhateverTheJvmTimeZone() throws IOException {
        deleteAt(daysAgo(61), Task.class, task("zoned", null).getId());
        TimeZone jvm = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            retention.purgeNow();
        } finally {
            TimeZone.setDefault(jvm);
        }

        Path file = properties.getPurge().getArchiveDirectory().resolve("Task").resolve("Task-2026-03-01.jsonl.gz");
        String archived;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            archived = in.lines().collect(java.util.stream.Collectors.joining("\n"));
        }
        assertThat(archived).contains("\"zoned\"").contains("\"deleted_at\":\"2025-12-30T12:00:00Z\"");
    }

    // ---- range batches (a type without archive and without plain dependents: Note) ------------------

    Note note(String title, Note parent) {
        return tx.execute(s -> {
            Note n = new Note(title, parent == null ? null : em.find(Note.class, parent.getId()));
            em.persist(n);
            return n;
        });
    }

    /** Alive notes "note 0" to "note {count - 1}", in id order. */
    List<Note> notes(int count) {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notes.add(note("note " + i, null));
        }
        return notes;
    }

    List<String> notes() {
        return jdbc.queryForList("select title from note order by title", String.class);
    }

    @Test
    void rangeBatchesEraseOnlyPurgeableRowsAcrossGapsInTheIdsAndAtMostBatchSizeRowsEach() {
        for (int i = 0; i < 4; i++) {
            deleteAt(daysAgo(40), Note.class, note("expired " + i, null).getId());
            note("alive " + i, null);
            Note gap = note("gap " + i, null);
            jdbc.update("delete from note where id = ?", gap.getId()); // a hole in the ids
            deleteAt(daysAgo(10), Note.class, note("recent " + i, null).getId());
        }
        Note held = note("held", null);
        tx.executeWithoutResult(s -> em.find(Note.class, held.getId()).setLegalHold(true));
        deleteAt(daysAgo(400), Note.class, held.getId());
        deleteAt(daysAgo(40), Note.class, note("expired 4", null).getId());
        sql.clear();

        PurgeReport report = retention.purgeNow();

        assertThat(notes()).containsExactly("alive 0", "alive 1", "alive 2", "alive 3", "held", "recent 0",
                "recent 1", "recent 2", "recent 3");
        assertThat(report.entities()).filteredOn(e -> e.entityName().equals("Note")).singleElement().satisfies(e -> {
            assertThat(e.purged()).isEqualTo(5);
            assertThat(e.expired()).as("held rows count as expired").isEqualTo(6);
            assertThat(e.batches()).isEqualTo(3);
        });
        assertThat(hooks.committedBatches("Note")).containsExactly(2, 2, 1);
        assertThat(sql.statements()).as("no row list leaves the database: every delete is bounded by an id range")
                .filteredOn(s -> s.toLowerCase(Locale.ROOT).startsWith("delete from note")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.toLowerCase(Locale.ROOT)).contains("id >= ?", "id <= ?")
                        .doesNotContain(" in (?"));
        assertThat(sql.statements()).noneMatch(s -> s.toLowerCase(Locale.ROOT).contains("from note t where")
                && s.toLowerCase(Locale.ROOT).contains("for update"));
    }

    @Test
    void whereExpiredRowsAreDenseTheNextBatchIsTheNextIdsWithoutASelect() {
        for (int i = 0; i < 10; i++) {
            deleteAt(daysAgo(40), Note.class, note("dense " + i, null).getId());
        }
        note("alive", null);
        sql.clear();

        PurgeReport report = retention.purgeNow();

        assertThat(notes()).containsExactly("alive");
        assertThat(hooks.committedBatches("Note")).containsExactly(2, 2, 2, 2, 2);
        assertThat(report.entities()).filteredOn(e -> e.entityName().equals("Note")).singleElement()
                .satisfies(e -> assertThat(e.batches()).isEqualTo(5));
        assertThat(sql.statements()).as("one select finds the dense stretch, one its end, and one the second"
                + " pass that a self-referencing type makes; none per batch")
                .filteredOn(s -> s.toLowerCase(Locale.ROOT).startsWith("select min(r.purge_id)")
                        && s.toLowerCase(Locale.ROOT).contains("from note t")).hasSize(3);
    }

    @Test
    void scatteredExpiredRowsAreFoundThroughTheirDeletionTimeWithoutALockOrAWalkOverTheIds() {
        List<Note> notes = notes(12);
        deleteAt(daysAgo(40), Note.class, notes.get(3).getId());
        tx.executeWithoutResult(s -> em.find(Note.class, notes.get(7).getId()).setLegalHold(true));
        deleteAt(daysAgo(50), Note.class, notes.get(7).getId());
        deleteAt(daysAgo(10), Note.class, notes.get(11).getId());
        sql.clear();

        PurgeReport report = retention.purgeNow();

        assertThat(notes()).hasSize(11).doesNotContain("note 3").contains("note 7", "note 11");
        assertThat(report.entities()).filteredOn(e -> e.entityName().equals("Note")).singleElement()
                .satisfies(e -> assertThat(e.purged()).isEqualTo(1));
        List<String> noteSql = sql.statements().stream().map(s -> s.toLowerCase(Locale.ROOT))
                .filter(s -> s.contains(" note t") || s.startsWith("delete from note")).toList();
        assertThat(noteSql).as("2 expired rows among 12 ids: chosen by deletion time, not by walking the ids")
                .anyMatch(s -> s.startsWith("select") && s.contains("order by t.deleted_at") && !s.contains("for update"))
                .noneMatch(s -> s.contains("purge_id"));
        assertThat(noteSql).filteredOn(s -> s.startsWith("delete from note")).isNotEmpty()
                .allSatisfy(s -> assertThat(s).contains(" in (?").contains("deleted_at < ?"));
    }

    @Test
    void whenTheSelectFindsTheRestScatteredTheRangeBatchesHandOverToDeletionTimeOrder() {
        List<Note> notes = notes(60);
        // 20 expired in a row, then 20 alive, then expired ones here and there: dense enough overall for ranges
        for (int i : List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 40, 50, 59)) {
            deleteAt(daysAgo(40), Note.class, notes.get(i).getId());
        }
        sql.clear();

        PurgeReport report = retention.purgeNow();

        assertThat(notes()).hasSize(37).doesNotContain("note 0", "note 19", "note 40", "note 50", "note 59");
        assertThat(report.entities()).filteredOn(e -> e.entityName().equals("Note")).singleElement()
                .satisfies(e -> assertThat(e.purged()).isEqualTo(23));
        List<String> selects = sql.statements().stream().map(s -> s.toLowerCase(Locale.ROOT))
                .filter(s -> s.startsWith("select") && s.contains("from note t")).toList();
        assertThat(selects).as("ranges first, then, once a selected range was sparse, deletion-time order")
                .anyMatch(s -> s.contains("purge_id")).anyMatch(s -> s.contains("order by t.deleted_at"));
        assertThat(selects.indexOf(selects.stream().filter(s -> s.contains("order by t.deleted_at")).findFirst()
                .orElseThrow())).isGreaterThan(selects.indexOf(selects.stream().filter(s -> s.contains("purge_id"))
                .findFirst().orElseThrow()));
    }

    @Test
    void aScatteredRowRestoredBetweenChoosingAndDeletingItIsNotDeleted() {
        List<Note> notes = notes(12);
        deleteAt(daysAgo(40), Note.class, notes.get(2).getId());
        deleteAt(daysAgo(40), Note.class, notes.get(9).getId());
        sql.beforePreparing("delete from note", () -> jdbc.update("update note set deleted_at = null, deleted_by = null,"
                + " deletion_id = null where title = 'note 9'"));

        retention.purgeNow();

        assertThat(notes()).hasSize(11).doesNotContain("note 2").contains("note 9");
        assertThat(jdbc.queryForObject("select deleted_at from note where title = 'note 9'", Object.class)).isNull();
    }

    @Test
    void scatteredRowsOfATypeThatArchivesAreLockedInDeletionTimeOrder() {
        List<Project> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            all.add(project("project " + i));
        }
        deleteAt(daysAgo(40), Project.class, all.get(4).getId());
        sql.clear();

        retention.purgeNow();

        assertThat(projects()).hasSize(9).doesNotContain("project 4");
        assertThat(sql.statements()).as("Project archives to a table, so its chosen rows are locked")
                .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains("from project t where")
                        && s.toLowerCase(Locale.ROOT).contains("order by t.deleted_at")
                        && s.toLowerCase(Locale.ROOT).endsWith("for update"));
        assertThat(count("reprieve_archive")).isEqualTo(1);
    }

    @Test
    void aRowRestoredBetweenChoosingTheRangeAndDeletingItIsNotDeleted() {
        deleteAt(daysAgo(40), Note.class, note("a", null).getId());
        deleteAt(daysAgo(40), Note.class, note("restored meanwhile", null).getId());
        sql.beforePreparing("delete from note", () -> jdbc.update("update note set deleted_at = null, deleted_by = null,"
                + " deletion_id = null where title = 'restored meanwhile'"));

        PurgeReport report = retention.purgeNow();

        assertThat(notes()).containsExactly("restored meanwhile");
        assertThat(jdbc.queryForObject("select deleted_at from note", Object.class)).isNull();
        assertThat(report.entities()).filteredOn(e -> e.entityName().equals("Note")).singleElement()
                .satisfies(e -> assertThat(e.purged()).isEqualTo(1));
    }

    @Test
    void aRowHeldOrReferencedBetweenChoosingTheRangeAndDeletingItIsNotDeleted() {
        Note held = note("held meanwhile", null);
        deleteAt(daysAgo(40), Note.class, held.getId());
        Note referenced = note("referenced meanwhile", null);
        deleteAt(daysAgo(40), Note.class, referenced.getId());
        Note child = note("child", null);
        sql.beforePreparing("delete from note", () -> {
            jdbc.update("update note set legal_hold = ? where id = ?", true, held.getId());
            jdbc.update("update note set parent_id = ? where id = ?", referenced.getId(), child.getId());
        });

        retention.purgeNow();

        assertThat(notes()).containsExactly("child", "held meanwhile", "referenced meanwhile");
    }

    @Test
    void whenMoreRowsBecamePurgeableInTheRangeThanABatchHoldsTheBatchIsChosenAgain() {
        Note first = note("first", null);
        List<Note> held = List.of(note("held 1", null), note("held 2", null), note("held 3", null));
        Note last = note("last", null);
        for (Note n : held) {
            tx.executeWithoutResult(s -> em.find(Note.class, n.getId()).setLegalHold(true));
        }
        for (Note n : List.of(first, held.get(0), held.get(1), held.get(2), last)) {
            deleteAt(daysAgo(40), Note.class, n.getId());
        }
        // the first range is [first, last] (2 unheld rows); then the holds are lifted before its delete runs
        sql.beforePreparing("delete from note", () -> jdbc.update("update note set legal_hold = ?", false));

        PurgeReport report = retention.purgeNow();

        assertThat(notes()).isEmpty();
        assertThat(hooks.committedBatches("Note")).as("no committed batch holds more than 2 rows")
                .allSatisfy(rows -> assertThat(rows).isBetween(1, 2)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(report.entities()).filteredOn(e -> e.entityName().equals("Note")).singleElement()
                .satisfies(e -> assertThat(e.purged()).isEqualTo(5));
    }

    @Test
    void rangeBatchesPurgeChildrenBeforeTheParentTheyReferenceAndKeepAParentWithAnAliveChild() {
        Note parent = note("parent", null);
        Note child = note("child", parent);
        Note grandchild = note("grandchild", child);
        Note keptParent = note("kept parent", null);
        note("alive child", keptParent);
        for (Note n : List.of(grandchild, child, parent, keptParent)) { // children first: a loaded child needs its parent
            deleteAt(daysAgo(40), Note.class, n.getId());
        }

        PurgeReport report = retention.purgeNow();

        assertThat(notes()).containsExactly("alive child", "kept parent");
        assertThat(report.entities()).filteredOn(e -> e.entityName().equals("Note")).singleElement()
                .satisfies(e -> assertThat(e.purged()).isEqualTo(3));
    }

    @Test
    void rangeBatchesKeepARowWhoseDeletionGroupHasAMemberWithinRetention() {
        Board board = tx.execute(st -> {
            Board b = new Board("board");
            em.persist(b);
            return b;
        });
        Note grouped = note("grouped", null);
        tx.executeWithoutResult(st -> em.find(Note.class, grouped.getId()).setBoard(em.find(Board.class, board.getId())));
        deleteAt(daysAgo(45), Board.class, board.getId());
        deleteAt(daysAgo(45), Note.class, note("alone", null).getId());

        retention.purgeNow();
        assertThat(notes()).as("the note is expired, but its group's board is within 60 days").containsExactly("grouped");

        clock.set(NOW.plus(Duration.ofDays(16)));
        retention.purgeNow();
        assertThat(notes()).isEmpty();
        assertThat(boards()).isEmpty();
    }

    @Test
    void aCrashInARangeBatchRollsBackOnlyThatBatchAndTheNextRunFinishes() {
        for (int i = 0; i < 5; i++) {
            deleteAt(daysAgo(50 - i), Note.class, note("n" + i, null).getId());
        }
        hooks.failOnBatch(2); // Task and Project have nothing to purge, so batch 2 is Note's second

        assertThatThrownBy(retention::purgeNow).hasStackTraceContaining("injected crash in purge batch 2");
        assertThat(notes()).as("batch 1 committed, batch 2 rolled back whole").containsExactly("n2", "n3", "n4");

        assertThat(retention.purgeNow().totalPurged()).isEqualTo(3);
        assertThat(notes()).isEmpty();
    }

    // ---- dry run, lock, endpoint, metrics --------------------------------------------------------

    @Test
    void aDryRunReportsWhatWouldGoAndChangesNothing() {
        deleteAt(daysAgo(35), Project.class, project("a").getId());
        deleteAt(daysAgo(33), Project.class, project("b").getId());
        deleteAt(daysAgo(3), Project.class, project("c").getId());

        List<PurgeForecast> forecast = retention.dryRun();

        assertThat(forecast).filteredOn(f -> f.entityName().equals("Project")).singleElement().satisfies(f -> {
            assertThat(f.rows()).isEqualTo(2);
            assertThat(f.oldestDeletedAt()).isEqualTo(daysAgo(35));
            assertThat(f.cutoff()).isEqualTo(daysAgo(30));
        });
        assertThat(projects()).containsExactly("a", "b", "c");
    }

    @Test
    void whileAnotherInstanceHoldsTheLockThePurgeDoesNothing() {
        deleteAt(daysAgo(31), Project.class, project("expired").getId());
        Optional<SimpleLock> other = lockProvider.lock(new LockConfiguration(Instant.now(), RetentionService.LOCK_NAME,
                Duration.ofMinutes(5), Duration.ZERO));
        assertThat(other).isPresent();

        PurgeReport skipped = retention.purgeNow();

        assertThat(skipped.skipped()).contains("another instance");
        assertThat(projects()).containsExactly("expired");

        other.get().unlock();
        assertThat(retention.purgeNow().totalPurged()).isEqualTo(1);
        assertThat(projects()).isEmpty();
    }

    @Test
    void theActuatorEndpointShowsCountsAndPurgesOrDryRunsOnPost() throws Exception {
        project("alive");
        deleteAt(daysAgo(31), Project.class, project("expired").getId());
        deleteAt(daysAgo(1), Project.class, project("recent").getId());

        mvc.perform(get("/actuator/reprieve")).andExpect(status().isOk())
                .andExpect(jsonPath("$.entities[?(@.entity == 'Project')].alive").value(contains(1)))
                .andExpect(jsonPath("$.entities[?(@.entity == 'Project')].deleted").value(contains(2)))
                .andExpect(jsonPath("$.entities[?(@.entity == 'Project')].expired").value(contains(1)))
                .andExpect(jsonPath("$.nextPurge").doesNotExist())
                .andExpect(jsonPath("$.schema.checked").value(true))
                .andExpect(jsonPath("$.schema.findings").isArray());

        mvc.perform(post("/actuator/reprieve/purge").param("dryRun", "true")
                .contentType(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.entities[?(@.entity == 'Project')].rows").value(contains(1)));
        mvc.perform(post("/actuator/reprieve/purge").contentType(MediaType.APPLICATION_JSON).content("{\"dryRun\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dryRun").value(true));
        assertThat(projects()).containsExactly("alive", "expired", "recent");

        mvc.perform(post("/actuator/reprieve/purge").contentType(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.purged").value(1));
        assertThat(projects()).containsExactly("alive", "recent");

        mvc.perform(get("/actuator/reprieve")).andExpect(status().isOk())
                .andExpect(jsonPath("$.lastPurge.purged").value(1))
                .andExpect(jsonPath("$.entities[?(@.entity == 'Project')].deleted").value(contains(1)));
    }

    @Test
    void purgedRowsAndBatchTimesAreMetered() {
        assertThat(meters).as("Micrometer registry").isPresent();
        MeterRegistry registry = meters.get();
        double before = Optional.ofNullable(registry.find("reprieve.purge.rows").tag("entity", "Project").counter())
                .map(c -> c.count()).orElse(0.0);
        long batchesBefore = Optional.ofNullable(registry.find("reprieve.purge.batch").tag("entity", "Project").timer())
                .map(t -> t.count()).orElse(0L);
        for (int i = 0; i < 3; i++) {
            deleteAt(daysAgo(31 + i), Project.class, project("m" + i).getId());
        }

        retention.purgeNow();

        assertThat(registry.get("reprieve.purge.rows").tag("entity", "Project").counter().count() - before).isEqualTo(3.0);
        assertThat(registry.get("reprieve.purge.batch").tag("entity", "Project").timer().count() - batchesBefore)
                .isEqualTo(2);
    }
}

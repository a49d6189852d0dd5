package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.event.Erased;
import dev.reprieve.core.event.ReprieveEvent;
import dev.reprieve.core.event.ReprieveListener;
import dev.reprieve.hibernate.ErasurePlace;
import dev.reprieve.hibernate.ErasureReport;
import dev.reprieve.hibernate.ErasureRequest;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.SubjectErasure;
import dev.reprieve.purge.ErasableArchive;
import dev.reprieve.spring.ErasureService;
import dev.reprieve.spring.ReprieveProperties;
import dev.reprieve.spring.RetentionService;
import dev.reprieve.spring.app.Board;
import dev.reprieve.spring.app.Project;
import dev.reprieve.spring.app.Tag;
import dev.reprieve.spring.app.Task;
import dev.reprieve.spring.app.TestApp;
import dev.reprieve.testing.MutableClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
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
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
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
 * The erasure of a data subject on one database; subclasses pick the database. Boards cascade to projects,
 * projects archive to the archive table, tasks to the file archive (the purge's settings of {@link PurgeContract}).
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "reprieve.retention.Task=60d",
    "reprieve.retention.Board=60d",
    "reprieve.purge.archive.Project=table",
    "reprieve.purge.archive.Task=files",
    "reprieve.purge.archive-directory=target/erasure-archive/${random.uuid}",
    "management.endpoints.web.exposure.include=reprieve"})
@AutoConfigureMockMvc
abstract class ErasureContract {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Autowired RetentionService retention;
    @Autowired ErasureService erasure;
    @Autowired EntityManager em;
    @Autowired EntityManagerFactory emf;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired ReprieveProperties properties;
    @Autowired MockMvc mvc;

    final List<ReprieveEvent> events = new ArrayList<>();
    final ReprieveListener recorder = new ReprieveListener() {
        @Override
        public void on(ReprieveEvent event) {
            events.add(event);
        }
    };

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
        clock.set(NOW);
        runtime().addListener(recorder);
    }

    @AfterEach
    void stopListening() {
        runtime().removeListener(recorder);
    }

    ReprieveRuntime runtime() {
        return ReprieveRuntime.of(emf.unwrap(SessionFactory.class));
    }

    // ---- fixtures -------------------------------------------------------------------------------

    Board board(String name) {
        return tx.execute(s -> {
            Board b = new Board(name);
            em.persist(b);
            return b;
        });
    }

    Project project(String name, Board board) {
        return tx.execute(s -> {
            Project p = new Project(name);
            p.setBoard(em.find(Board.class, board.getId()));
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

    void deleteAt(Instant when, Class<?> type, Object id) {
        clock.set(when);
        tx.executeWithoutResult(s -> em.remove(em.find(type, id)));
        clock.set(NOW);
    }

    Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    List<String> names(String table, String column) {
        return jdbc.queryForList("select " + column + " from " + table + " order by " + column, String.class);
    }

    List<String> archivedPayloads(String entity) {
        return jdbc.queryForList("select payload from reprieve_archive where entity_name = ? order by row_id",
                String.class, entity);
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Every line of every Task archive file; fails when a file is not a whole gzip stream. */
    List<String> archivedTaskLines() throws IOException {
        Path dir = properties.getPurge().getArchiveDirectory().resolve("Task");
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return lines;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                    lines.addAll(in.lines().toList());
                }
            }
        }
        return lines;
    }

    /**
     * Board "subject" with an alive project (tagged), a trashed one and an archived one; board "other" with an
     * alive and an archived project. Returns the subject board.
     */
    Board boardsWithProjectsEverywhere() {
        Board subject = board("subject");
        Board other = board("other");
        Project alive = project("s-alive", subject);
        tx.executeWithoutResult(s -> {
            Tag tag = new Tag("shared");
            em.persist(tag);
            em.find(Project.class, alive.getId()).getTags().add(tag);
        });
        deleteAt(daysAgo(2), Project.class, project("s-trashed", subject).getId());
        deleteAt(daysAgo(31), Project.class, project("s-archived", subject).getId());
        project("o-alive", other);
        deleteAt(daysAgo(31), Project.class, project("o-archived", other).getId());
        retention.purgeNow();
        assertThat(archivedPayloads("Project")).hasSize(2);
        events.clear();
        return subject;
    }

    // ---- tables and archive table ---------------------------------------------------------------

    @Test
    void theDryRunCountsPerTypeAndPlaceAndChangesNothing() {
        Board subject = boardsWithProjectsEverywhere();

        ErasureReport plan = erasure.plan(ErasureRequest.ids("Board", List.of(subject.getId())));

        assertThat(plan.dryRun()).isTrue();
        assertThat(plan.allowed()).isTrue();
        assertThat(plan.rows("Board", ErasurePlace.TABLE)).isEqualTo(1);
        assertThat(plan.rows("Project", ErasurePlace.TABLE)).as("alive and trashed").isEqualTo(2);
        assertThat(plan.rows("Project", ErasurePlace.ARCHIVE_TABLE)).isEqualTo(1);
        assertThat(plan.total()).isEqualTo(4);
        assertThat(names("board", "name")).containsExactly("other", "subject");
        assertThat(names("project", "name")).containsExactly("o-alive", "s-alive", "s-trashed");
        assertThat(archivedPayloads("Project")).hasSize(2);
        assertThat(count("project_tags")).isEqualTo(1);
        assertThat(events).isEmpty();
    }

    @Test
    void eraseLeavesNoTraceOfTheSubjectInTablesOrArchiveTableAndKeepsEveryOtherRow() {
        Board subject = boardsWithProjectsEverywhere();

        ErasureReport done = erasure.erase(ErasureRequest.ids("Board", List.of(subject.getId())));

        assertThat(done.dryRun()).isFalse();
        assertThat(done.total()).isEqualTo(4);
        assertThat(names("board", "name")).containsExactly("other");
        assertThat(names("project", "name")).containsExactly("o-alive");
        assertThat(count("project_tags")).as("the erased project's join-table rows").isZero();
        assertThat(count("tag")).as("the other side of the join table stays").isEqualTo(1);
        assertThat(archivedPayloads("Project")).hasSize(1).allSatisfy(p -> assertThat(p).contains("o-archived"));
        assertThat(jdbc.queryForObject("select count(*) from project where name like 's-%'", Long.class)).isZero();
    }

    @Test
    void oneErasedEventRecordsTypesIdsAndCountsPerPlaceButNoValue() {
        Board subject = boardsWithProjectsEverywhere();

        erasure.erase(ErasureRequest.ids("Board", List.of(subject.getId())));

        assertThat(events).hasSize(1).first().isInstanceOf(Erased.class);
        Erased erased = (Erased) events.get(0);
        assertThat(erased.entityName()).isEqualTo("Board");
        assertThat(erased.ids().ids()).containsExactly(subject.getId());
        assertThat(erased.rows()).isEqualTo(Map.of("Board", 1L, "Project", 3L));
        assertThat(erased.places()).isEqualTo(Map.of("Board", Map.of("TABLE", 1L),
                "Project", Map.of("TABLE", 2L, "ARCHIVE_TABLE", 1L)));
        assertThat(erased.toString()).doesNotContain("s-alive", "s-trashed", "s-archived", "subject");
    }

    @Test
    void anErasureRunTwiceFindsNothingTheSecondTime() {
        Board subject = boardsWithProjectsEverywhere();
        erasure.erase(ErasureRequest.ids("Board", List.of(subject.getId())));
        events.clear();

        ErasureReport again = erasure.erase(ErasureRequest.ids("Board", List.of(subject.getId())));

        assertThat(again.total()).isZero();
        assertThat(events).as("nothing erased, nothing told").isEmpty();
        assertThat(names("project", "name")).containsExactly("o-alive");
    }

    @Test
    void anArchivedSubjectIsFoundByIdWithItsArchivedDependents() {
        Board gone = board("gone");
        deleteAt(daysAgo(31), Project.class, project("g-archived", gone).getId());
        retention.purgeNow();
        tx.executeWithoutResult(s -> jdbc.update("delete from board where id = ?", gone.getId()));
        project("o-alive", board("other"));

        ErasureReport done = erasure.erase(ErasureRequest.ids("Board", List.of(gone.getId())));

        assertThat(done.rows("Project", ErasurePlace.ARCHIVE_TABLE)).isEqualTo(1);
        assertThat(archivedPayloads("Project")).isEmpty();
        assertThat(names("project", "name")).containsExactly("o-alive");
    }

    // ---- predicate selection and the file archive ------------------------------------------------

    @Test
    void aPredicateOnAMappedPropertySelectsRowsInTheTableAndTheFileArchiveAndOnlyThose() throws IOException {
        Board b = board("b");
        Project mine = project("mine", b);
        Project theirs = project("theirs", b);
        deleteAt(daysAgo(61), Task.class, task("mine-archived", mine).getId());
        deleteAt(daysAgo(62), Task.class, task("theirs-archived", theirs).getId());
        retention.purgeNow();
        task("mine-alive", mine);
        task("theirs-alive", theirs);
        assertThat(archivedTaskLines()).hasSize(2);

        ErasureRequest request = ErasureRequest.where("Task", "project", mine.getId());
        ErasureReport plan = erasure.plan(request);
        assertThat(plan.rows("Task", ErasurePlace.TABLE)).isEqualTo(1);
        assertThat(plan.rows("Task", ErasurePlace.ARCHIVE_FILES)).isEqualTo(1);
        assertThat(archivedTaskLines()).as("a dry run rewrites nothing").hasSize(2);

        erasure.erase(request);

        assertThat(names("task", "title")).containsExactly("theirs-alive");
        assertThat(archivedTaskLines()).hasSize(1).allSatisfy(line -> assertThat(line).contains("theirs-archived"));
        assertThat(names("project", "name")).containsExactly("mine", "theirs");
    }

    @Test
    void aPredicateMatchingNothingErasesNothing() throws IOException {
        Board b = board("b");
        Project p = project("p", b);
        deleteAt(daysAgo(61), Task.class, task("archived", p).getId());
        retention.purgeNow();
        task("alive", p);
        events.clear();

        ErasureReport done = erasure.erase(ErasureRequest.where("Task", "title", "nobody"));

        assertThat(done.total()).isZero();
        assertThat(names("task", "title")).containsExactly("alive");
        assertThat(archivedTaskLines()).hasSize(1);
        assertThat(events).isEmpty();
    }

    @Test
    void unknownTypesPropertiesAndBadIdsAreRefusedClearly() {
        assertThatThrownBy(() -> erasure.plan(ErasureRequest.ids("Nope", List.of(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown soft-deletable type 'Nope'");
        assertThatThrownBy(() -> erasure.plan(ErasureRequest.where("Task", "title = 'x' or 1=1 --", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown property");
        assertThatThrownBy(() -> erasure.plan(ErasureRequest.ids("Board", List.of("seven"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid Board id");
    }

    @Test
    void aDependentThatDoesNotCascadeStopsTheEraseAndNothingGoes() {
        Board b = board("b");
        Project p = project("p", b);
        task("lives on", p); // Task.project is IGNORE: the task does not go with its project

        ErasureReport plan = erasure.plan(ErasureRequest.ids("Project", List.of(p.getId())));
        assertThat(plan.allowed()).isFalse();
        assertThat(plan.refusals()).singleElement().asString().contains("Task.project");

        assertThatThrownBy(() -> erasure.erase(ErasureRequest.ids("Project", List.of(p.getId()))))
                .isInstanceOf(ReprieveException.class).hasMessageContaining("Nothing was erased");
        assertThat(names("project", "name")).containsExactly("p");
        assertThat(names("task", "title")).containsExactly("lives on");
    }

    /**
     * A crash after the files were rewritten and before the commit (here: the archive fails after rewriting):
     * the database rows stay, and the next run erases them with everything they lead to.
     */
    @Test
    void aFailureAfterTheFilesWereRewrittenLeavesTheDatabaseWholeAndARetryFinishes() throws IOException {
        Board b = board("b");
        Project mine = project("mine", b);
        deleteAt(daysAgo(61), Task.class, task("mine-archived", mine).getId());
        deleteAt(daysAgo(62), Task.class, task("other-archived", null).getId());
        retention.purgeNow();
        task("mine-alive", mine);
        events.clear();
        ErasableArchive files = new JsonLinesArchive(properties.getPurge().getArchiveDirectory());
        ErasableArchive failing = new ErasableArchive() {
            @Override
            public void write(String entityName, Instant purgedAt, List<Map<String, Object>> rows) {
                files.write(entityName, purgedAt, rows);
            }

            @Override
            public void read(String entityName, Consumer<Map<String, Object>> rows) {
                files.read(entityName, rows);
            }

            @Override
            public long erase(String entityName, Predicate<Map<String, Object>> erase) {
                files.erase(entityName, erase);
                throw new IllegalStateException("crash after the rewrite");
            }
        };
        SubjectErasure crashing = SubjectErasure.of(emf.unwrap(SessionFactory.class)).fileArchive(failing).build();
        ErasureRequest request = ErasureRequest.where("Task", "project", mine.getId());

        assertThatThrownBy(() -> crashing.erase(request)).isInstanceOf(ReprieveException.class);
        assertThat(names("task", "title")).as("rolled back").containsExactly("mine-alive");
        assertThat(events).isEmpty();

        ErasureReport retry = erasure.erase(request);

        assertThat(retry.rows("Task", ErasurePlace.TABLE)).isEqualTo(1);
        assertThat(names("task", "title")).isEmpty();
        assertThat(archivedTaskLines()).hasSize(1).allSatisfy(line -> assertThat(line).contains("other-archived"));
    }

    // ---- actuator ---------------------------------------------------------------------------------

    @Test
    void theActuatorAnswersADryRunUnlessTheBodySaysOtherwise() throws Exception {
        Board subject = boardsWithProjectsEverywhere();
        String body = "{\"type\": \"Board\", \"ids\": [" + subject.getId() + "]}";

        mvc.perform(post("/actuator/reprieve/erase").contentType(MediaType.APPLICATION_JSON).content(body))
                
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.places.ARCHIVE_TABLE").value(1))
                .andExpect(jsonPath("$.entities[?(@.entity == 'Project')].TABLE").value(2));
        assertThat(names("board", "name")).containsExactly("other", "subject");

        mvc.perform(post("/actuator/reprieve/erase").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"Board\", \"ids\": [" + subject.getId() + "], \"dryRun\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.total").value(4));
        assertThat(names("board", "name")).containsExactly("other");
    }

    @Test
    void theActuatorTakesThePredicateFormAndRefusesBadInputWithABadRequest() throws Exception {
        Board b = board("b");
        Project p = project("p", b);
        task("t", p);

        mvc.perform(post("/actuator/reprieve/erase").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"Task\", \"property\": \"project\", \"value\": " + p.getId() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entities[0].entity").value("Task"))
                .andExpect(jsonPath("$.entities[0].TABLE").value(1));
        mvc.perform(post("/actuator/reprieve/erase").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"Task\", \"property\": \"nope\", \"value\": 1, \"dryRun\": false}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/actuator/reprieve/erase").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"Nope\", \"ids\": [1]}"))
                .andExpect(status().isBadRequest());
        assertThat(names("task", "title")).containsExactly("t");
    }
}

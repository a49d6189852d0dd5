package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the file archive's erase for real: a second JVM rewrites the archive files and is killed
 * with SIGKILL, paused before the rename or at moments spread over a large rewrite. Every archive file must
 * then be a whole gzip stream holding exactly its old lines or exactly its new ones, and the next erase must
 * finish the work. The files do not depend on the database, so this runs once, not per database.
 */
class ArchiveRewriteKillTest {

    static final int ROWS_PER_DAY = 40_000;
    static final List<Instant> DAYS = List.of(Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-03T00:00:00Z"));

    @TempDir Path dir;

    @Test
    void killedBeforeTheRenameEveryFileIsWholeAndOldOrNewAndTheNextEraseFinishes() throws Exception {
        Map<Path, List<String>> before = archiveRows();

        killErase("pause", 0);

        assertEveryFileOldOrNew(before);
        try (Stream<Path> strays = Files.list(dir.resolve("Task"))) {
            assertThat(strays.filter(p -> p.getFileName().toString().endsWith(".erasing")))
                    .as("the synced temporary file the killed JVM left").hasSize(1);
        }
        finishAndCheck(before);
    }

    @Test
    void killedAtAnyMomentOfALargeRewriteEveryFileIsWholeAndOldOrNew() throws Exception {
        Map<Path, List<String>> before = archiveRows();
        int killedMidway = 0;
        for (long delay : new long[] {50, 300, 700, 1200}) {
            killedMidway += killErase("run", delay) ? 1 : 0;
            assertEveryFileOldOrNew(before);
        }
        assertThat(killedMidway).as("runs killed before they finished").isPositive();
        finishAndCheck(before);
    }

    @Test
    void aTruncatedLastMemberLeftByAKilledPurgeDoesNotStopTheEraseAndIsDroppedByTheRewrite() throws Exception {
        Map<Path, List<String>> before = archiveRows();
        Path first = before.keySet().iterator().next();
        byte[] whole = Files.readAllBytes(first);
        // a purge killed while appending its next batch: the start of a gzip member, cut short
        Files.write(first, java.util.Arrays.copyOfRange(whole, 0, 40), java.nio.file.StandardOpenOption.APPEND);

        finishAndCheck(before);
    }

    /** Three daily files of Task rows, ids 1..n. @return each file's lines */
    private Map<Path, List<String>> archiveRows() throws Exception {
        JsonLinesArchive archive = new JsonLinesArchive(dir);
        long id = 1;
        for (Instant day : DAYS) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < ROWS_PER_DAY; i++, id++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", id);
                row.put("title", "task " + id + " with some text to make the line longer than a few bytes");
                rows.add(row);
            }
            archive.write("Task", day, rows);
        }
        Map<Path, List<String>> files = new LinkedHashMap<>();
        for (Path file : archiveFiles()) {
            files.put(file, lines(file));
        }
        assertThat(files).hasSize(3);
        return files;
    }

    private void assertEveryFileOldOrNew(Map<Path, List<String>> before) throws Exception {
        assertThat(archiveFiles()).as("no archive file missing").containsExactlyElementsOf(before.keySet());
        for (var entry : before.entrySet()) {
            List<String> now = lines(entry.getKey()); // throws when the file is not a whole gzip stream
            List<String> erased = entry.getValue().stream().filter(l -> !oddId(l)).toList();
            assertThat(now).as(entry.getKey() + " is either old or new").satisfiesAnyOf(
                    lines -> assertThat(lines).isEqualTo(entry.getValue()),
                    lines -> assertThat(lines).isEqualTo(erased));
        }
    }

    private void finishAndCheck(Map<Path, List<String>> before) throws Exception {
        long erased = new JsonLinesArchive(dir).erase("Task", row -> ((Number) row.get("id")).longValue() % 2 == 1);
        assertThat(erased).isLessThanOrEqualTo(ROWS_PER_DAY * 3L / 2);
        for (var entry : before.entrySet()) {
            assertThat(lines(entry.getKey())).isEqualTo(entry.getValue().stream().filter(l -> !oddId(l)).toList());
        }
        try (Stream<Path> left = Files.list(dir.resolve("Task"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .allMatch(name -> name.endsWith(".jsonl.gz"));
        }
    }

    private static boolean oddId(String line) {
        int at = line.indexOf("\"id\":") + 5;
        int end = at;
        while (Character.isDigit(line.charAt(end))) {
            end++;
        }
        return Long.parseLong(line.substring(at, end)) % 2 == 1;
    }

    private List<Path> archiveFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("Task"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsonl.gz")).sorted().toList();
        }
    }

    private static List<String> lines(Path file) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            return in.lines().toList();
        }
    }

    /**
     * Starts the erase in another JVM; kills it with SIGKILL once it paused, or {@code delayMillis} after it started.
     * @return whether it was killed before it finished
     */
    private boolean killErase(String mode, long delayMillis) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EraseFilesUntilKilled.class.getName(), dir.toString(), "Task", mode).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (Exception ignored) {
                // the process died; what it said is in the queue
            }
        });
        reader.setDaemon(true);
        reader.start();
        String wanted = mode.equals("pause") ? "PAUSED" : "STARTED";
        List<String> output = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!output.contains(wanted) && System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    output.add(line);
                } else if (!reader.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            assertThat(output).as("the erasing JVM said").contains(wanted);
            Thread.sleep(delayMillis);
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the erasing JVM died").isTrue();
        }
        if (lines.contains("FINISHED")) {
            return false;
        }
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return true;
    }
}

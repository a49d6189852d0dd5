package dev.reprieve.spring.internal;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.purge.ErasableArchive;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file archive: appends each batch as one gzip member to {@code <dir>/<Entity>/<Entity>-<yyyy-MM-dd>.jsonl.gz}
 * (UTC day of the purge), one JSON object per purged row, and forces it to disk before the batch commits.
 * A crash after the sync but before the commit archives the batch again next run: at-least-once.
 * {@link #erase} rewrites a file without the erased lines into {@code .<name>.erasing} in the same directory,
 * syncs it, renames it over the file atomically and syncs the directory: readers see the old file or the new
 * one, never a part; a crash leaves at most a stray temporary file, never read and removed by the next erase.
 */
public class JsonLinesArchive implements ErasableArchive {

    private static final String SUFFIX = ".jsonl.gz";
    private static final String TEMPORARY = ".erasing";

    /** One monitor per directory, so the purge's and the erasure's instances never write one file at once. */
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path directory;
    private final Object lock;
    private final JsonMapper json = JsonMapper.builder().build();

    public JsonLinesArchive(Path directory) {
        this.directory = directory;
        this.lock = LOCKS.computeIfAbsent(directory.toAbsolutePath().normalize(), d -> new Object());
    }

    @Override
    public void write(String entityName, Instant purgedAt, List<Map<String, Object>> rows) {
        synchronized (lock) {
            append(entityName, purgedAt, rows);
        }
    }

    private void append(String entityName, Instant purgedAt, List<Map<String, Object>> rows) {
        Path file = file(entityName, purgedAt);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            OutputStream out = Channels.newOutputStream(channel);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
                for (Map<String, Object> row : rows) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("entity", entityName);
                    line.put("purgedAt", purgedAt.toString());
                    line.put("row", row);
                    gzip.write(json.writeValueAsBytes(line));
                    gzip.write('\n');
                }
                gzip.finish();
                gzip.flush();
                channel.force(true); // durable before the batch deletes and commits
            }
        } catch (IOException | RuntimeException e) {
            throw new ReprieveException("Cannot archive " + rows.size() + " " + entityName + " rows to " + file
                    + "; nothing deleted", e);
        }
    }

    @Override
    public void read(String entityName, Consumer<Map<String, Object>> rows) {
        synchronized (lock) {
            readAll(entityName, rows);
        }
    }

    private void readAll(String entityName, Consumer<Map<String, Object>> rows) {
        for (Path file : files(entityName)) {
            for (String line : lines(file)) {
                rows.accept(row(line));
            }
        }
    }

    @Override
    public long erase(String entityName, Predicate<Map<String, Object>> erase) {
        synchronized (lock) {
            return eraseAll(entityName, erase);
        }
    }

    private long eraseAll(String entityName, Predicate<Map<String, Object>> erase) {
        long erased = 0;
        for (Path file : files(entityName)) {
            List<String> lines = lines(file);
            List<String> kept = new ArrayList<>(lines.size());
            for (String line : lines) {
                if (!erase.test(row(line))) {
                    kept.add(line);
                }
            }
            if (kept.size() != lines.size()) {
                replace(file, kept);
                erased += lines.size() - kept.size();
            }
        }
        return erased;
    }

    /** Writes {@code lines} to a temporary file beside {@code file}, syncs it, renames it over {@code file}, syncs the directory. */
    void replace(Path file, List<String> lines) {
        Path temporary = file.resolveSibling("." + file.getFileName() + TEMPORARY);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                GZIPOutputStream gzip = new GZIPOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                for (String line : lines) {
                    gzip.write(line.getBytes(StandardCharsets.UTF_8));
                    gzip.write('\n');
                }
                gzip.finish();
                gzip.flush();
                channel.force(true); // the new file is whole on disk before it takes the old one's name
            }
            beforeRename(temporary);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                directory.force(true); // the rename itself survives a power loss
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the next erase removes it
            }
            throw new ReprieveException("Cannot rewrite the archive file " + file + " without the erased rows; the file"
                    + " is unchanged", e);
        }
    }

    /** Called with the new file whole and synced, before it takes the old one's name; the kill test pauses here. */
    void beforeRename(Path temporary) {
    }

    /** The entity's archive files, oldest day first; stray temporary files of a crashed erase are removed. */
    private List<Path> files(String entityName) {
        Path dir = directory.resolve(entityName);
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(TEMPORARY)) {
                    Files.deleteIfExists(p);
                } else if (name.startsWith(entityName + "-") && name.endsWith(SUFFIX)) {
                    found.add(p);
                }
            }
        } catch (IOException e) {
            throw new ReprieveException("Cannot list the archive files of " + entityName + " in " + dir, e);
        }
        found.sort(null);
        return found;
    }

    /**
     * Every line of a file (all its gzip members), as written. A truncated last member (a purge killed while
     * appending, before its sync and so before its batch committed) ends the file: its rows are still in the
     * database or archived again by the next purge, and a rewrite drops the truncated bytes.
     */
    private static List<String> lines(Path file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file),
                64 * 1024), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        } catch (EOFException truncated) {
            return lines;
        } catch (IOException e) {
            throw new ReprieveException("Cannot read the archive file " + file, e);
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> row(String line) {
        Object row = json.readValue(line, Map.class).get("row");
        return row instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    Path file(String entityName, Instant purgedAt) {
        String day = purgedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return directory.resolve(entityName).resolve(entityName + "-" + day + ".jsonl.gz");
    }
}

package dev.reprieve.spring.internal;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.purge.ArchiveSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file archive: appends each batch as one gzip member to {@code <dir>/<Entity>/<Entity>-<yyyy-MM-dd>.jsonl.gz}
 * (UTC day of the purge), one JSON object per purged row, and forces it to disk before the batch commits.
 * A crash after the sync but before the commit archives the batch again next run: at-least-once.
 */
public class JsonLinesArchive implements ArchiveSink {

    private final Path directory;
    private final JsonMapper json = JsonMapper.builder().build();

    public JsonLinesArchive(Path directory) {
        this.directory = directory;
    }

    @Override
    public synchronized void write(String entityName, Instant purgedAt, List<Map<String, Object>> rows) {
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

    Path file(String entityName, Instant purgedAt) {
        String day = purgedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return directory.resolve(entityName).resolve(entityName + "-" + day + ".jsonl.gz");
    }
}

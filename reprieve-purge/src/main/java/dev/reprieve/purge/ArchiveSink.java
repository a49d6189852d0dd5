package dev.reprieve.purge;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Receives purged rows outside the database (the file archive). {@link #write} must have made the rows
 * durable when it returns: the purge deletes them and commits only afterwards.
 */
public interface ArchiveSink {

    /**
     * @param entityName the rows' entity
     * @param purgedAt   when the purge runs (files are per entity and day)
     * @param rows       column name to value, in table order; times as ISO-8601 text
     */
    void write(String entityName, Instant purgedAt, List<Map<String, Object>> rows);
}

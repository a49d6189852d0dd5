package dev.reprieve.purge;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A file archive that can also forget rows: what the erasure of a data subject needs to remove the subject's
 * archived lines. Rows are handed over as {@link ArchiveSink#write} received them (column name to value).
 */
public interface ErasableArchive extends ArchiveSink {

    /** Hands every archived row of {@code entityName} to {@code rows}, file by file; changes nothing. */
    void read(String entityName, Consumer<Map<String, Object>> rows);

    /**
     * Removes every archived row of {@code entityName} that {@code erase} accepts. Each file holding such a row
     * is replaced atomically by one without it: a crash at any moment leaves the old file or the new one, whole.
     * Running it again after a crash finishes the work.
     *
     * @return how many rows went
     */
    long erase(String entityName, Predicate<Map<String, Object>> erase);
}

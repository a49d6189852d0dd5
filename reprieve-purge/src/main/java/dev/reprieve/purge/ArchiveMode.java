package dev.reprieve.purge;

/** Where a purged row is written, before it is deleted and in the same batch. */
public enum ArchiveMode {
    /** Not archived: purge erases the row. */
    NONE,
    /** A row of the {@code reprieve_archive} table in the same database, in the same transaction. */
    TABLE,
    /** A line of a gzipped JSON-lines file per entity and day, written and synced before the commit. */
    FILES
}

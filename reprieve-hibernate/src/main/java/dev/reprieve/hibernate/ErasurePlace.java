package dev.reprieve.hibernate;

/** Where Reprieve keeps a row that the erasure of a data subject removes. */
public enum ErasurePlace {
    /** The entity's own table: alive and trashed rows, their join-table and element-collection rows. */
    TABLE,
    /** The purge's archive table {@code reprieve_archive}. */
    ARCHIVE_TABLE,
    /** The purge's file archive (gzipped JSON lines). */
    ARCHIVE_FILES
}

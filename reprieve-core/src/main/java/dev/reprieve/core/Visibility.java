package dev.reprieve.core;

/** Which rows of soft-deletable types a query sees. {@link #ALIVE} is the default everywhere. */
public enum Visibility {
    /** Only rows that are not deleted: the default for every query, load and collection. */
    ALIVE,
    /** Alive and deleted rows alike. */
    ALL,
    /** Only deleted rows: the trash. */
    DELETED
}

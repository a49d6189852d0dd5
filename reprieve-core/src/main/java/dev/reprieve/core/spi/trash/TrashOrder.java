package dev.reprieve.core.spi.trash;

/** The order of the trash listing; ties on the deletion time break by entity name, then id. */
public enum TrashOrder {
    /** Most recently deleted first (the default). */
    NEWEST,
    /** Longest in the trash first: what the purge takes next. */
    OLDEST
}

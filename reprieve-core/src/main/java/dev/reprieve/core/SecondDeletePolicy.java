package dev.reprieve.core;

/** What deleting a row that is already soft-deleted does. */
public enum SecondDeletePolicy {
    /** Nothing changes; the first deletion time and author stay. The safe default. */
    IGNORE,
    /** The row is removed for good, as in the classic Django recipe. */
    HARD_DELETE
}

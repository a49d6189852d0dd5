package dev.reprieve.core;

/**
 * What soft-deleting a parent row does to the rows that reference it through one relationship.
 * Chosen per relationship with {@link OnSoftDelete}; see {@code docs/cascade.md} for the defaults.
 */
public enum SoftDeleteAction {
    /** The alive dependents are soft-deleted too, in the same operation (same deletion id). */
    CASCADE,
    /** The delete is refused while alive dependents exist; nothing changes. */
    RESTRICT,
    /** The dependents stay alive and their reference is set to {@code NULL}; a restore does not re-attach them. */
    DETACH,
    /** Nothing happens to the dependents: they keep pointing at the deleted row. */
    IGNORE
}

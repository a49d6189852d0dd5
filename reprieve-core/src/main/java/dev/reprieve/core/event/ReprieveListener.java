package dev.reprieve.core.event;

/**
 * Hears every operation Reprieve runs on rows, once per operation, whichever API started it. Soft deletes,
 * restores and hard deletes are told inside their transaction, after their rows changed: what a listener writes
 * commits or rolls back with them, and a listener that throws undoes the operation. A purge batch is told right
 * after it committed (the purge runs its own short transactions). Implement the methods you need.
 */
public interface ReprieveListener {

    default void softDeleted(SoftDeleted event) {
    }

    default void restored(Restored event) {
    }

    default void purged(Purged event) {
    }

    default void erased(Erased event) {
    }

    /** Hands the event to the method of its kind. */
    default void on(ReprieveEvent event) {
        if (event instanceof SoftDeleted e) {
            softDeleted(e);
        } else if (event instanceof Restored e) {
            restored(e);
        } else if (event instanceof Purged e) {
            purged(e);
        } else if (event instanceof Erased e) {
            erased(e);
        }
    }
}

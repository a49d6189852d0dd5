package dev.reprieve.core;

/**
 * Hears every restore of a persistence unit, whoever started it (a repository, the operations API, the admin):
 * the hook for history and audit trails. Called once per restore, after its rows are back and inside its
 * transaction, so what a listener writes there commits or rolls back with the restore; throwing undoes it.
 */
@FunctionalInterface
public interface RestoreListener {

    /** A row, with the rows its deletion took along, is back. */
    void restored(RestoreEvent restore);
}

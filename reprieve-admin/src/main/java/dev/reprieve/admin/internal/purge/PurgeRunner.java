package dev.reprieve.admin.internal.purge;

import java.util.Optional;

/**
 * What the admin's "purge expired now" needs from a purge service: a dry run, a run started in the
 * background, and its progress. Provided as a bean by the application's purge integration; without one
 * the admin says purge is not available instead of pretending.
 */
public interface PurgeRunner {

    /** What a purge would erase now, per type, without erasing anything. */
    PurgeStatus dryRun();

    /**
     * Starts a purge in the background, or returns the one already running.
     *
     * @param actor who asked, for the history
     */
    PurgeStatus start(String actor);

    /** The running or last finished purge, if any. */
    Optional<PurgeStatus> current();
}

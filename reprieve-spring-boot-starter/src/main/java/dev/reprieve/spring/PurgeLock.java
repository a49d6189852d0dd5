package dev.reprieve.spring;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps the retention purge to one run at a time: across every instance of the application with ShedLock's
 * JDBC lock when ShedLock is on the class path, within this JVM only when it is not. Declare a bean of this
 * type to use another lock.
 */
public interface PurgeLock {

    /**
     * Runs {@code task} if the lock named {@code name} is free, holding it for at most {@code atMostFor}.
     *
     * @return the task's result, or empty when another run holds the lock
     */
    <T> Optional<T> runExclusively(String name, Duration atMostFor, Supplier<T> task);

    /** Who else may hold the lock, for the message of a skipped run ("another instance", "another thread"). */
    String holderDescription();
}

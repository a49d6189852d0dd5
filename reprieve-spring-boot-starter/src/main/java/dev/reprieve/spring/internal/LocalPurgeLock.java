package dev.reprieve.spring.internal;

import dev.reprieve.spring.PurgeLock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The purge lock of an application without ShedLock: one purge at a time in this JVM. Two instances of the
 * application may then purge at once; that is safe (each batch re-checks what it deletes) but wasteful, so
 * clusters should add ShedLock.
 */
public final class LocalPurgeLock implements PurgeLock {

    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> Optional<T> runExclusively(String name, Duration atMostFor, Supplier<T> task) {
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(task.get());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String holderDescription() {
        return "another thread of this instance";
    }
}

package dev.reprieve.spring.internal;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.spring.PurgeLock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/** The cluster-wide purge lock: ShedLock's, so one instance of the application purges at a time. */
public final class ShedLockPurgeLock implements PurgeLock {

    private final LockingTaskExecutor locks;

    public ShedLockPurgeLock(LockProvider provider) {
        this.locks = new DefaultLockingTaskExecutor(provider);
    }

    @Override
    public <T> Optional<T> runExclusively(String name, Duration atMostFor, Supplier<T> task) {
        LockingTaskExecutor.TaskResult<T> result;
        try {
            result = locks.executeWithLock(task::get, new LockConfiguration(Instant.now(), name, atMostFor, Duration.ZERO));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new ReprieveException("Purge failed: " + e.getMessage(), e);
        }
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
    }

    @Override
    public String holderDescription() {
        return "another instance";
    }
}

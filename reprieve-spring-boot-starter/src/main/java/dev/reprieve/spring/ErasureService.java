package dev.reprieve.spring;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.hibernate.ErasureReport;
import dev.reprieve.hibernate.ErasureRequest;
import dev.reprieve.hibernate.SubjectErasure;
import java.time.Duration;

/**
 * The erasure of a data subject in a Spring Boot application ({@link SubjectErasure} over the unit's mapping,
 * the purge's archive table and file archive). An erase takes the purge's lock, so no purge archives a row of
 * the subject while its archives are rewritten; a plan (dry run) takes no lock.
 */
public class ErasureService {

    private final SubjectErasure erasure;
    private final PurgeLock lock;
    private final Duration lockAtMostFor;

    public ErasureService(SubjectErasure erasure, PurgeLock lock, Duration lockAtMostFor) {
        this.erasure = erasure;
        this.lock = lock;
        this.lockAtMostFor = lockAtMostFor;
    }

    /** What erasing would remove, per entity and place; changes nothing. */
    public ErasureReport plan(ErasureRequest request) {
        return erasure.plan(request);
    }

    /**
     * Erases the subject everywhere, under the purge lock.
     *
     * @throws ReprieveException when a purge holds the lock (nothing erased; try again), a dependent does not
     *                           cascade or the database refuses
     */
    public ErasureReport erase(ErasureRequest request) {
        return lock.runExclusively(RetentionService.LOCK_NAME, lockAtMostFor, () -> erasure.erase(request))
                .orElseThrow(() -> new ReprieveException("Cannot erase now: " + lock.holderDescription()
                        + " holds the lock '" + RetentionService.LOCK_NAME + "' (a purge runs); nothing was erased,"
                        + " try again"));
    }
}

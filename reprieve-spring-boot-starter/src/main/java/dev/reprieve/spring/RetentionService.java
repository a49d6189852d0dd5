package dev.reprieve.spring;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.purge.PurgeForecast;
import dev.reprieve.purge.PurgeReport;
import dev.reprieve.purge.Purger;
import dev.reprieve.purge.RetentionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/**
 * The retention purge of the application: run it now, forecast it, or see where each type stands. Every
 * run, scheduled or manual, holds the {@link PurgeLock} named {@value #LOCK_NAME} (cluster-wide with
 * ShedLock), so one purges at a time; a run that finds the lock taken does nothing and says so.
 */
public class RetentionService {

    /** The name of the purge's lock (ShedLock's lock name when ShedLock keeps it). */
    public static final String LOCK_NAME = "reprieve-purge";

    private final Purger purger;
    private final PurgeLock lock;
    private final Duration lockAtMostFor;
    private final Clock clock;
    private final CronExpression schedule;
    private volatile LastPurge last;

    /** @param schedule the cron of the scheduled purge, or {@code null} when it is off */
    public RetentionService(Purger purger, PurgeLock lock, Duration lockAtMostFor, Clock clock,
            CronExpression schedule) {
        this.purger = purger;
        this.lock = lock;
        this.lockAtMostFor = lockAtMostFor;
        this.clock = clock;
        this.schedule = schedule;
    }

    /**
     * Purges every expired row now, on this thread, unless another instance is purging.
     *
     * @return what was purged, or a report that says why nothing ran
     */
    public PurgeReport purgeNow() {
        Instant startedAt = clock.instant();
        if (!purger.anyRetention()) {
            return record(new PurgeReport(startedAt, List.of(), null));
        }
        Optional<PurgeReport> report = lock.runExclusively(LOCK_NAME, lockAtMostFor, purger::purge);
        return record(report.orElseGet(() -> PurgeReport.skipped(startedAt,
                lock.holderDescription() + " holds the lock '" + LOCK_NAME + "'")));
    }

    /** What a purge would erase now, per type; changes nothing and takes no lock. */
    public List<PurgeForecast> dryRun() {
        return purger.dryRun();
    }

    /** Alive, deleted and expired rows per soft-deletable type. */
    public List<RetentionStatus> status() {
        return purger.status();
    }

    /** The last purge this instance ran or tried, if any. */
    public Optional<LastPurge> lastPurge() {
        return Optional.ofNullable(last);
    }

    /** When the scheduled purge runs next, or empty when it is off. */
    public Optional<Instant> nextPurge() {
        if (schedule == null) {
            return Optional.empty();
        }
        ZonedDateTime next = schedule.next(ZonedDateTime.now(clock));
        return Optional.ofNullable(next).map(ZonedDateTime::toInstant);
    }

    /** Whether the purge runs on a schedule. */
    public boolean scheduled() {
        return schedule != null;
    }

    private PurgeReport record(PurgeReport report) {
        last = new LastPurge(report, clock.instant());
        return report;
    }

    /** A purge and when it finished. */
    public record LastPurge(PurgeReport report, Instant finishedAt) {
    }
}

package dev.reprieve.admin.internal.purge;

import dev.reprieve.admin.internal.trash.HistoryWriter;
import dev.reprieve.purge.PurgeForecast;
import dev.reprieve.purge.PurgeReport;
import dev.reprieve.spring.RetentionService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "Purge expired now" on top of the starter's {@link RetentionService}: the purge runs on a background
 * thread (so a long purge does not hold a request), and its progress, per type rows done of rows expired,
 * comes from the purge's own batch notifications ({@link PurgeProgress}). One admin purge at a time per
 * instance; across instances the service's ShedLock lock decides, and a skipped run says why.
 */
public class RetentionPurgeRunner implements PurgeRunner, DisposableBean {

    private final ObjectProvider<RetentionService> retention;
    private final PurgeProgress progress;
    private final HistoryWriter history;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reprieve-admin-purge");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Run last;

    public RetentionPurgeRunner(ObjectProvider<RetentionService> retention, PurgeProgress progress, HistoryWriter history, Clock clock) {
        this.retention = retention;
        this.progress = progress;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public PurgeStatus dryRun() {
        Instant now = clock.instant();
        List<PurgeStatus.TypeProgress> types = new ArrayList<>();
        for (PurgeForecast f : service().dryRun()) {
            types.add(new PurgeStatus.TypeProgress(f.entityName(), f.rows(), 0, f.oldestDeletedAt()));
        }
        return new PurgeStatus(true, false, now, now, types, null);
    }

    @Override
    public synchronized PurgeStatus start(String actor) {
        Run running = last;
        if (running != null && running.finishedAt == null) {
            return running.status();
        }
        Map<String, PurgeForecast> forecast = new LinkedHashMap<>();
        service().dryRun().forEach(f -> forecast.put(f.entityName(), f));
        Run run = new Run(clock.instant(), forecast);
        last = run;
        progress.watch(run.done);
        executor.submit(() -> {
            try {
                // the history writes one entry per purged type from the purge's events, in the admin's name
                PurgeReport report = history.as(actor, null, () -> service().purgeNow());
                run.finish(clock.instant(), report.skipped() == null ? null : "Purge skipped: " + report.skipped());
            } catch (RuntimeException e) {
                run.finish(clock.instant(), "Purge failed: " + e.getMessage());
            } finally {
                progress.watch(null);
            }
        });
        return run.status();
    }

    @Override
    public Optional<PurgeStatus> current() {
        Run run = last;
        return run == null ? Optional.empty() : Optional.of(run.status());
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private RetentionService service() {
        return retention.getObject();
    }

    /** One admin-started purge: the forecast it started from and the rows done so far. */
    private static final class Run {
        final Instant startedAt;
        final Map<String, PurgeForecast> forecast;
        final Map<String, Long> done = new java.util.concurrent.ConcurrentHashMap<>();
        volatile Instant finishedAt;
        volatile String error;

        Run(Instant startedAt, Map<String, PurgeForecast> forecast) {
            this.startedAt = startedAt;
            this.forecast = forecast;
        }

        void finish(Instant at, String failure) {
            error = failure;
            finishedAt = at;
        }

        PurgeStatus status() {
            List<PurgeStatus.TypeProgress> types = new ArrayList<>();
            forecast.forEach((name, f) -> types.add(new PurgeStatus.TypeProgress(name, Math.max(f.rows(), done.getOrDefault(name, 0L)),
                    done.getOrDefault(name, 0L), f.oldestDeletedAt())));
            done.forEach((name, n) -> {
                if (!forecast.containsKey(name)) {
                    types.add(new PurgeStatus.TypeProgress(name, n, n, null));
                }
            });
            return new PurgeStatus(false, finishedAt == null, startedAt, finishedAt, types, error);
        }
    }
}

package dev.reprieve.spring.internal;

import dev.reprieve.spring.RetentionService;
import java.util.concurrent.ScheduledFuture;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the retention purge on its cron, on a thread of its own, while the application runs. It needs no
 * {@code @EnableScheduling} in the application and does not touch the application's own scheduler.
 */
public class PurgeScheduler implements SmartLifecycle {

    private static final Log LOG = LogFactory.getLog(PurgeScheduler.class);

    private final RetentionService retention;
    private final String cron;
    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> task;

    public PurgeScheduler(RetentionService retention, String cron) {
        this.retention = retention;
        this.cron = cron;
    }

    @Override
    public synchronized void start() {
        if (!retention.scheduled()) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("reprieve-purge-");
        scheduler.setPoolSize(1);
        scheduler.initialize();
        task = scheduler.schedule(this::run, new CronTrigger(cron));
    }

    private void run() {
        try {
            retention.purgeNow();
        } catch (RuntimeException e) {
            LOG.error("Scheduled purge failed; committed batches stay purged, the next run continues", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
        if (scheduler != null) {
            scheduler.shutdown();
        }
        task = null;
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Whether a purge is scheduled (off when no entity has a retention or {@code reprieve.purge.enabled=false}). */
    synchronized boolean isScheduled() {
        return task != null;
    }
}

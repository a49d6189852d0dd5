package dev.reprieve.hibernate.internal;

import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.HibernateException;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;

/**
 * Runs Hibernate's flush and auto-flush listeners, then completes the soft deletes that waited for the flush
 * ({@link DeferredDeletes}): every flush, the one before commit included, returns only once they cascaded.
 * An auto flush that Hibernate found unneeded for its query becomes a full flush when deletes wait: which
 * tables their cascade reaches is the plan's business, and the query must not see alive dependents.
 */
final class DeferredDeleteFlushListener implements FlushEventListener, AutoFlushEventListener {

    private final DeferredDeletes deferred;
    private final List<FlushEventListener> flushes;
    private final List<AutoFlushEventListener> autoFlushes;

    DeferredDeleteFlushListener(DeferredDeletes deferred, List<FlushEventListener> flushes,
            List<AutoFlushEventListener> autoFlushes) {
        this.deferred = deferred;
        this.flushes = List.copyOf(flushes);
        this.autoFlushes = List.copyOf(autoFlushes);
    }

    @Override
    public void onFlush(FlushEvent event) throws HibernateException {
        flushes.forEach(l -> l.onFlush(event));
        deferred.afterFlush(event.getSession());
    }

    @Override
    public void onAutoFlush(AutoFlushEvent event) throws HibernateException {
        autoFlushes.forEach(l -> l.onAutoFlush(event));
        EventSource session = event.getSession();
        if (event.isFlushRequired()) {
            deferred.afterFlush(session);
        } else if (deferred.waiting(session) && !session.getHibernateFlushMode().lessThan(FlushMode.AUTO)
                && !session.getPersistenceContextInternal().isFlushing()
                && session.getPersistenceContextInternal().getCascadeLevel() == 0) {
            session.flush(); // completes them through onFlush
            event.setFlushRequired(true);
        }
    }
}

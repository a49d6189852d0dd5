package dev.reprieve.spring;

import dev.reprieve.core.event.ReprieveEvent;
import dev.reprieve.core.event.ReprieveListener;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes every Reprieve event ({@link dev.reprieve.core.event.SoftDeleted}, {@code Restored}, {@code Purged},
 * {@code Erased}) as a Spring application event, so {@code @EventListener} methods hear them inside the
 * operation's transaction and {@code @TransactionalEventListener} methods after it commits.
 */
public class ReprieveEventPublisher implements ReprieveListener {

    private final ApplicationEventPublisher publisher;

    public ReprieveEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void on(ReprieveEvent event) {
        publisher.publishEvent(event);
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.DeleterProvider;
import dev.reprieve.core.RestoreEvent;
import dev.reprieve.core.RestoreListener;
import dev.reprieve.core.SecondDeletePolicy;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.event.ReprieveEvent;
import dev.reprieve.core.event.ReprieveListener;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.hibernate.ReprieveRuntime;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The settings and shared state of one persistence unit that the operations read: the model, the SQL dialect,
 * the clock, who deletes, the listeners. It knows none of the operations, so the classes that carry them out
 * depend on it and not on {@link ReprieveRuntime}, which in turn exposes them.
 */
public final class RuntimeContext {

    private final SessionFactoryImplementor sessionFactory;
    private final SoftDeleteModel model;
    private final SoftDeleteDialect dialect;
    private final Clock clock;
    private final DeleterProvider deleters;
    private final SecondDeletePolicy secondDelete;
    private final List<UniqueAliveConstraint> uniqueConstraints;
    private final Map<Class<?>, EntityColumns> columns = new ConcurrentHashMap<>();
    private final List<RestoreListener> restoreListeners = new CopyOnWriteArrayList<>();
    private final List<ReprieveListener> listeners = new CopyOnWriteArrayList<>();

    RuntimeContext(SessionFactoryImplementor sessionFactory, SoftDeleteModel model, SoftDeleteDialect dialect,
            Clock clock, DeleterProvider deleters, SecondDeletePolicy secondDelete,
            List<UniqueAliveConstraint> uniqueConstraints) {
        this.sessionFactory = sessionFactory;
        this.model = model;
        this.dialect = dialect;
        this.clock = clock;
        this.deleters = deleters;
        this.secondDelete = secondDelete;
        this.uniqueConstraints = List.copyOf(uniqueConstraints);
    }

    public SessionFactoryImplementor sessionFactory() {
        return sessionFactory;
    }

    public SoftDeleteModel model() {
        return model;
    }

    public SoftDeleteDialect dialect() {
        return dialect;
    }

    public SecondDeletePolicy secondDeletePolicy() {
        return secondDelete;
    }

    public List<UniqueAliveConstraint> uniqueConstraints() {
        return uniqueConstraints;
    }

    /** The columns and persister of a soft-deletable type, resolved once per type. */
    public EntityColumns columns(Class<?> type) {
        SoftDeleteTable table = model.require(type);
        return columns.computeIfAbsent(table.javaType(), t -> EntityColumns.of(table,
                sessionFactory.getMappingMetamodel().getEntityDescriptor(t)));
    }

    /** The deletion time, cut to microseconds so the value in memory equals the value stored. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    public String currentDeleter() {
        return deleters.currentDeleter();
    }

    public List<RestoreListener> restoreListeners() {
        return restoreListeners;
    }

    public List<ReprieveListener> listeners() {
        return listeners;
    }

    public void restored(RestoreEvent restore) {
        restoreListeners.forEach(listener -> listener.restored(restore));
    }

    /** @return whether anyone listens: operations skip building events nobody hears */
    public boolean heard() {
        return !listeners.isEmpty();
    }

    /** Tells every listener, in the order they were added; a listener that throws stops the others and the caller. */
    public void publish(ReprieveEvent event) {
        listeners.forEach(listener -> listener.on(event));
    }
}

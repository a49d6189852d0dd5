package dev.reprieve.hibernate;

import dev.reprieve.core.Arguments;
import dev.reprieve.core.DeleterProvider;
import dev.reprieve.core.HardDeleteGuard;
import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.RestoreEvent;
import dev.reprieve.core.RestoreListener;
import dev.reprieve.core.SecondDeletePolicy;
import dev.reprieve.core.SoftDeleteModel;
import dev.reprieve.core.cascade.Relation;
import dev.reprieve.core.cascade.RelationGraph;
import dev.reprieve.core.event.ReprieveEvent;
import dev.reprieve.core.event.ReprieveListener;
import dev.reprieve.core.purge.PurgeMapping;
import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.schema.SchemaReport;
import dev.reprieve.core.sql.SoftDeleteDialect;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Everything Reprieve needs at run time for one {@link SessionFactory}: the soft-delete model, the SQL
 * dialect, the clock, the deleter provider and the restore listeners. Created by {@link ReprieveIntegrator}
 * at startup.
 */
public final class ReprieveRuntime {

    private static final Map<SessionFactory, ReprieveRuntime> RUNTIMES = new ConcurrentHashMap<>();

    private final SessionFactoryImplementor sessionFactory;
    private final SoftDeleteModel model;
    private final SoftDeleteDialect dialect;
    private final Clock clock;
    private final DeleterProvider deleters;
    private final SecondDeletePolicy secondDelete;
    private final HardDeleteGuard guard;
    private final CascadePlan cascadePlan;
    private final SoftDeleteOperations operations;
    private volatile PurgeMapping purgeMapping = PurgeMapping.EMPTY;
    private final RestoreConflictChecker restoreConflicts = new RestoreConflictChecker(this);
    private volatile List<UniqueAliveConstraint> uniqueConstraints = List.of();
    private volatile SchemaReport schemaReport = SchemaReport.NOT_RUN;
    private final List<RestoreListener> restoreListeners = new CopyOnWriteArrayList<>();
    private final List<ReprieveListener> listeners = new CopyOnWriteArrayList<>();

    ReprieveRuntime(SessionFactoryImplementor sessionFactory, SoftDeleteModel model, SoftDeleteDialect dialect,
            Clock clock, DeleterProvider deleters, SecondDeletePolicy secondDelete, List<Relation> relations) {
        this.sessionFactory = sessionFactory;
        this.model = model;
        this.dialect = dialect;
        this.clock = clock;
        this.deleters = deleters;
        this.secondDelete = secondDelete;
        this.guard = new HardDeleteGuard(model);
        this.cascadePlan = new CascadePlan(model, relations);
        this.operations = new SoftDeleteOperations(this, cascadePlan);
    }

    /**
     * @return the runtime of a session factory (or of an {@code EntityManagerFactory} that unwraps to one)
     * @throws NotSoftDeletableException when that factory maps no soft-deletable entity
     */
    public static ReprieveRuntime of(SessionFactory sessionFactory) {
        SessionFactory key = sessionFactory.unwrap(SessionFactoryImplementor.class);
        ReprieveRuntime runtime = RUNTIMES.get(key);
        if (runtime == null) {
            throw new NotSoftDeletableException("This persistence unit maps no @SoftDeletable entity"
                    + " (or reprieve-hibernate's integrator did not run)");
        }
        return runtime;
    }

    static void register(SessionFactoryImplementor sessionFactory, ReprieveRuntime runtime) {
        RUNTIMES.put(sessionFactory, runtime);
    }

    static void unregister(SessionFactory sessionFactory) {
        RUNTIMES.remove(sessionFactory);
    }

    /** Applies every live factory's hard-delete guard to one SQL statement. */
    static void guard(String sql) {
        for (ReprieveRuntime runtime : RUNTIMES.values()) {
            runtime.guard.check(sql);
        }
    }

    public SoftDeleteModel model() {
        return model;
    }

    public SoftDeleteDialect dialect() {
        return dialect;
    }

    /** The foreign keys and legal-hold columns the retention purge plans with. */
    public PurgeMapping purgeMapping() {
        return purgeMapping;
    }

    void purgeMapping(PurgeMapping mapping) {
        this.purgeMapping = mapping;
    }

    public SoftDeleteOperations operations() {
        return operations;
    }

    /** @return every relationship into a soft-deletable table, with the action a soft delete takes on it */
    public List<Relation> relations() {
        return cascadePlan.relations();
    }

    /** @return the cascade graph that delete, restore, the deletion preview and the admin's erase all walk */
    public RelationGraph graph() {
        return cascadePlan.graph();
    }

    public SessionFactoryImplementor sessionFactory() {
        return sessionFactory;
    }

    /** The {@code @UniqueWhenAlive} keys of this persistence unit. */
    public List<UniqueAliveConstraint> uniqueConstraints() {
        return uniqueConstraints;
    }

    void uniqueConstraints(List<UniqueAliveConstraint> keys) {
        this.uniqueConstraints = List.copyOf(keys);
    }

    /** Refuses restores that would duplicate a unique-when-alive value; restore code calls it first. */
    public RestoreConflictChecker restoreConflicts() {
        return restoreConflicts;
    }

    /** What the startup schema check found ({@link SchemaReport#NOT_RUN} when it is off). */
    public SchemaReport schemaReport() {
        return schemaReport;
    }

    void schemaReport(SchemaReport report) {
        this.schemaReport = report;
    }

    /**
     * Tells this listener of every restore from now on, whichever API started it, inside the restore's
     * transaction (for history that must commit or roll back with the restore).
     */
    public void addRestoreListener(RestoreListener listener) {
        restoreListeners.add(Arguments.requireNonNull(listener, "listener"));
    }

    public void removeRestoreListener(RestoreListener listener) {
        restoreListeners.remove(Arguments.requireNonNull(listener, "listener"));
    }

    void restored(RestoreEvent restore) {
        restoreListeners.forEach(listener -> listener.restored(restore));
    }

    /**
     * Tells this listener of every soft delete, restore, purge batch and hard delete from now on, whichever API
     * started it, once per operation; soft deletes, restores and hard deletes inside their transaction.
     */
    public void addListener(ReprieveListener listener) {
        listeners.add(Arguments.requireNonNull(listener, "listener"));
    }

    public void removeListener(ReprieveListener listener) {
        listeners.remove(Arguments.requireNonNull(listener, "listener"));
    }

    /** @return whether anyone listens: operations skip building events nobody hears */
    boolean heard() {
        return !listeners.isEmpty();
    }

    /** Tells every listener, in the order they were added; a listener that throws stops the others and the caller. */
    void publish(ReprieveEvent event) {
        listeners.forEach(listener -> listener.on(event));
    }

    public SecondDeletePolicy secondDeletePolicy() {
        return secondDelete;
    }

    /** The deletion time, cut to microseconds so the value in memory equals the value stored. */
    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    String currentDeleter() {
        return deleters.currentDeleter();
    }
}

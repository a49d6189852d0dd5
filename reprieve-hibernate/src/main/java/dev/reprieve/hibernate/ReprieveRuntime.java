package dev.reprieve.hibernate;

import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.RestoreEvent;
import dev.reprieve.core.RestoreListener;
import dev.reprieve.core.SecondDeletePolicy;
import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.event.ReprieveEvent;
import dev.reprieve.core.event.ReprieveListener;
import dev.reprieve.core.schema.SchemaReport;
import dev.reprieve.core.spi.Arguments;
import dev.reprieve.core.spi.HardDeleteGuard;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.cascade.RelationGraph;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.hibernate.internal.CascadePlan;
import dev.reprieve.hibernate.internal.ReprieveIntegrator;
import dev.reprieve.hibernate.internal.RestoreConflictChecker;
import dev.reprieve.hibernate.internal.RuntimeAssembler;
import dev.reprieve.hibernate.internal.RuntimeContext;
import dev.reprieve.hibernate.internal.RuntimeService;
import dev.reprieve.purge.PurgeMapping;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Everything Reprieve needs at run time for one {@link SessionFactory}: the soft-delete model, the SQL
 * dialect, the operations, the hard-delete guard and the listeners. Each session factory has its own, held in
 * its service registry; {@link RuntimeAssembler} builds it when {@link ReprieveIntegrator} wires the factory.
 */
public final class ReprieveRuntime {

    private final RuntimeContext context;
    private final HardDeleteGuard guard;
    private final CascadePlan cascadePlan;
    private final SoftDeleteOperations operations;
    private final RestoreConflictChecker restoreConflicts;
    private volatile PurgeMapping purgeMapping = PurgeMapping.EMPTY;
    private volatile SchemaReport schemaReport = SchemaReport.NOT_RUN;

    public ReprieveRuntime(RuntimeContext context, HardDeleteGuard guard, CascadePlan cascadePlan,
            SoftDeleteOperations operations, RestoreConflictChecker restoreConflicts) {
        this.context = context;
        this.guard = guard;
        this.cascadePlan = cascadePlan;
        this.operations = operations;
        this.restoreConflicts = restoreConflicts;
    }

    /**
     * @return the runtime of a session factory (or of an {@code EntityManagerFactory} that unwraps to one)
     * @throws NotSoftDeletableException when that factory maps no soft-deletable entity
     */
    public static ReprieveRuntime of(SessionFactory sessionFactory) {
        Arguments.requireNonNull(sessionFactory, "sessionFactory");
        ReprieveRuntime runtime = RuntimeService.find(sessionFactory.unwrap(SessionFactoryImplementor.class));
        if (runtime == null) {
            throw new NotSoftDeletableException("This persistence unit maps no @SoftDeletable entity"
                    + " (or reprieve-hibernate's integrator did not run)");
        }
        return runtime;
    }

    /** This unit's hard-delete guard, which its statement inspector applies to every statement. */
    public HardDeleteGuard guard() {
        return guard;
    }

    public SoftDeleteModel model() {
        return context.model();
    }

    public SoftDeleteDialect dialect() {
        return context.dialect();
    }

    /** The foreign keys and legal-hold columns the retention purge plans with. */
    public PurgeMapping purgeMapping() {
        return purgeMapping;
    }

    public void purgeMapping(PurgeMapping mapping) {
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
        return context.sessionFactory();
    }

    /** The {@code @UniqueWhenAlive} keys of this persistence unit. */
    public List<UniqueAliveConstraint> uniqueConstraints() {
        return context.uniqueConstraints();
    }

    /** Refuses restores that would duplicate a unique-when-alive value; restore code calls it first. */
    public RestoreConflictChecker restoreConflicts() {
        return restoreConflicts;
    }

    /** What the startup schema check found ({@link SchemaReport#NOT_RUN} when it is off). */
    public SchemaReport schemaReport() {
        return schemaReport;
    }

    public void schemaReport(SchemaReport report) {
        this.schemaReport = report;
    }

    /**
     * Tells this listener of every restore from now on, whichever API started it, inside the restore's
     * transaction (for history that must commit or roll back with the restore).
     */
    public void addRestoreListener(RestoreListener listener) {
        context.restoreListeners().add(Arguments.requireNonNull(listener, "listener"));
    }

    public void removeRestoreListener(RestoreListener listener) {
        context.restoreListeners().remove(Arguments.requireNonNull(listener, "listener"));
    }

    void restored(RestoreEvent restore) {
        context.restored(restore);
    }

    /**
     * Tells this listener of every soft delete, restore, purge batch and hard delete from now on, whichever API
     * started it, once per operation; soft deletes, restores and hard deletes inside their transaction.
     */
    public void addListener(ReprieveListener listener) {
        context.listeners().add(Arguments.requireNonNull(listener, "listener"));
    }

    public void removeListener(ReprieveListener listener) {
        context.listeners().remove(Arguments.requireNonNull(listener, "listener"));
    }

    /** @return whether anyone listens: operations skip building events nobody hears */
    public boolean heard() {
        return context.heard();
    }

    /** Tells every listener, in the order they were added; a listener that throws stops the others and the caller. */
    public void publish(ReprieveEvent event) {
        context.publish(event);
    }

    public SecondDeletePolicy secondDeletePolicy() {
        return context.secondDeletePolicy();
    }

    /** The deletion time, cut to microseconds so the value in memory equals the value stored. */
    Instant now() {
        return context.now();
    }

    String currentDeleter() {
        return context.currentDeleter();
    }
}

package dev.reprieve.hibernate.internal;

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
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.purge.PurgeMapping;
import java.time.Instant;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The {@link ReprieveRuntime} of one session factory, plus what Reprieve's own wiring needs beyond the
 * user-facing view: the hard-delete guard, the results of the startup readers and checks, and event publishing.
 * {@link RuntimeAssembler} builds it when {@link ReprieveIntegrator} wires the factory.
 */
public final class DefaultReprieveRuntime implements ReprieveRuntime {

    private final RuntimeContext context;
    private final HardDeleteGuard guard;
    private final CascadePlan cascadePlan;
    private final DefaultSoftDeleteOperations operations;
    private final RestoreConflictChecker restoreConflicts;
    private volatile PurgeMapping purgeMapping = PurgeMapping.EMPTY;
    private volatile SchemaReport schemaReport = SchemaReport.NOT_RUN;

    DefaultReprieveRuntime(RuntimeContext context, HardDeleteGuard guard, CascadePlan cascadePlan,
            DefaultSoftDeleteOperations operations, RestoreConflictChecker restoreConflicts) {
        this.context = context;
        this.guard = guard;
        this.cascadePlan = cascadePlan;
        this.operations = operations;
        this.restoreConflicts = restoreConflicts;
    }

    /** The implementation behind a runtime that {@link ReprieveRuntime#of} returned: Reprieve builds no other. */
    public static DefaultReprieveRuntime of(ReprieveRuntime runtime) {
        return (DefaultReprieveRuntime) Arguments.requireNonNull(runtime, "runtime");
    }

    /** This unit's hard-delete guard, which its statement inspector applies to every statement. */
    HardDeleteGuard guard() {
        return guard;
    }

    @Override
    public SoftDeleteModel model() {
        return context.model();
    }

    @Override
    public SoftDeleteDialect dialect() {
        return context.dialect();
    }

    @Override
    public PurgeMapping purgeMapping() {
        return purgeMapping;
    }

    void purgeMapping(PurgeMapping mapping) {
        this.purgeMapping = mapping;
    }

    @Override
    public DefaultSoftDeleteOperations operations() {
        return operations;
    }

    @Override
    public List<Relation> relations() {
        return cascadePlan.relations();
    }

    @Override
    public RelationGraph graph() {
        return cascadePlan.graph();
    }

    @Override
    public SessionFactoryImplementor sessionFactory() {
        return context.sessionFactory();
    }

    @Override
    public List<UniqueAliveConstraint> uniqueConstraints() {
        return context.uniqueConstraints();
    }

    /** Refuses restores that would duplicate a unique-when-alive value; restore code calls it first. */
    RestoreConflictChecker restoreConflicts() {
        return restoreConflicts;
    }

    @Override
    public SchemaReport schemaReport() {
        return schemaReport;
    }

    void schemaReport(SchemaReport report) {
        this.schemaReport = report;
    }

    @Override
    public void addRestoreListener(RestoreListener listener) {
        context.restoreListeners().add(Arguments.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeRestoreListener(RestoreListener listener) {
        context.restoreListeners().remove(Arguments.requireNonNull(listener, "listener"));
    }

    void restored(RestoreEvent restore) {
        context.restored(restore);
    }

    @Override
    public void addListener(ReprieveListener listener) {
        context.listeners().add(Arguments.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(ReprieveListener listener) {
        context.listeners().remove(Arguments.requireNonNull(listener, "listener"));
    }

    /** @return whether anyone listens: operations skip building events nobody hears */
    boolean heard() {
        return context.heard();
    }

    /** Tells every listener, in the order they were added; a listener that throws stops the others and the caller. */
    void publish(ReprieveEvent event) {
        context.publish(event);
    }

    @Override
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

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.DeleterProvider;
import dev.reprieve.core.SecondDeletePolicy;
import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.spi.HardDeleteGuard;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.cascade.RelationGraph;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Builds the object graph of one persistence unit's runtime in one place: the shared context, the cascade plan,
 * the parts that carry out deletes and restores, the operations over them, and the runtime that exposes them.
 * Each part is handed what it needs; none creates another, so none depends back on the one that holds it.
 */
public final class RuntimeAssembler {

    private RuntimeAssembler() {
    }

    /** What one persistence unit's mapping and settings say, as read by the integrator. */
    record Unit(SessionFactoryImplementor factory, SoftDeleteModel model, SoftDeleteDialect dialect, Clock clock,
            DeleterProvider deleters, SecondDeletePolicy secondDelete, RelationGraph graph,
            List<UniqueAliveConstraint> uniqueConstraints, Map<String, String> schemaByEntity,
            Set<String> defaultSchemas) {
    }

    static DefaultReprieveRuntime assemble(Unit unit) {
        RuntimeContext context = new RuntimeContext(unit.factory(), unit.model(), unit.dialect(), unit.clock(),
                unit.deleters(), unit.secondDelete(), unit.uniqueConstraints());
        CascadePlan plan = new CascadePlan(unit.model(), unit.graph());
        CascadeExecutor cascades = new CascadeExecutor(context, plan, context::columns);
        TreeLocks locks = new TreeLocks(context, plan, context::columns);
        RestoreConflictChecker conflicts = new RestoreConflictChecker(context);
        GroupRestorer restorer = new GroupRestorer(context, cascades, locks, conflicts, context::columns);
        TrashUnder trash = new TrashUnder(context, plan, context::columns);
        OperationEvents events = new OperationEvents(context);
        DefaultSoftDeleteOperations operations = new DefaultSoftDeleteOperations(context, plan, cascades, locks, restorer, trash,
                events);
        HardDeleteGuard guard = new HardDeleteGuard(unit.model(), unit.schemaByEntity(), unit.defaultSchemas());
        return new DefaultReprieveRuntime(context, guard, plan, operations, conflicts);
    }
}

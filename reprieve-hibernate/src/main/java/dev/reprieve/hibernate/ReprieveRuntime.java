package dev.reprieve.hibernate;

import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.RestoreListener;
import dev.reprieve.core.SecondDeletePolicy;
import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.event.ReprieveListener;
import dev.reprieve.core.schema.SchemaReport;
import dev.reprieve.core.spi.Arguments;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.cascade.RelationGraph;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.hibernate.internal.RuntimeService;
import dev.reprieve.purge.PurgeMapping;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Everything Reprieve needs at run time for one {@link SessionFactory}: the soft-delete model, the SQL
 * dialect, the operations and the listeners. Each session factory has its own, held in its service registry;
 * get it with {@link #of}. Reprieve provides the only implementation.
 */
public interface ReprieveRuntime {

    /**
     * @return the runtime of a session factory (or of an {@code EntityManagerFactory} that unwraps to one)
     * @throws NotSoftDeletableException when that factory maps no soft-deletable entity
     */
    static ReprieveRuntime of(SessionFactory sessionFactory) {
        Arguments.requireNonNull(sessionFactory, "sessionFactory");
        ReprieveRuntime runtime = RuntimeService.find(sessionFactory.unwrap(SessionFactoryImplementor.class));
        if (runtime == null) {
            throw new NotSoftDeletableException("This persistence unit maps no @SoftDeletable entity"
                    + " (or reprieve-hibernate's integrator did not run)");
        }
        return runtime;
    }

    SoftDeleteModel model();

    SoftDeleteDialect dialect();

    /** The foreign keys and legal-hold columns the retention purge plans with. */
    PurgeMapping purgeMapping();

    SoftDeleteOperations operations();

    /** @return every relationship into a soft-deletable table, with the action a soft delete takes on it */
    List<Relation> relations();

    /** @return the cascade graph that delete, restore, the deletion preview and the admin's erase all walk */
    RelationGraph graph();

    SessionFactoryImplementor sessionFactory();

    /** The {@code @UniqueWhenAlive} keys of this persistence unit. */
    List<UniqueAliveConstraint> uniqueConstraints();

    /** What the startup schema check found ({@link SchemaReport#NOT_RUN} when it is off). */
    SchemaReport schemaReport();

    /**
     * Tells this listener of every restore from now on, whichever API started it, inside the restore's
     * transaction (for history that must commit or roll back with the restore).
     */
    void addRestoreListener(RestoreListener listener);

    void removeRestoreListener(RestoreListener listener);

    /**
     * Tells this listener of every soft delete, restore, purge batch and hard delete from now on, whichever API
     * started it, once per operation; soft deletes, restores and hard deletes inside their transaction.
     */
    void addListener(ReprieveListener listener);

    void removeListener(ReprieveListener listener);

    SecondDeletePolicy secondDeletePolicy();
}

package dev.reprieve.hibernate.internal;

import java.util.function.Consumer;
import org.hibernate.cache.spi.access.EntityDataAccess;
import org.hibernate.cache.spi.access.NaturalIdDataAccess;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.entity.JoinedSubclassEntityPersister;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * Hibernate's persister for a soft-deletable entity mapped as JoinedSubclass, adding the alive restriction to query
 * roots and joins (see {@link AliveRestriction#appliesToEntity}); loads by key stay unrestricted.
 */
public class ReprieveJoinedSubclassEntityPersister extends JoinedSubclassEntityPersister implements AliveRestricting {

    private final AliveRestriction alive;

    public ReprieveJoinedSubclassEntityPersister(PersistentClass persistentClass, EntityDataAccess cache,
            NaturalIdDataAccess naturalIdCache, RuntimeModelCreationContext context) {
        super(persistentClass, cache, naturalIdCache, context);
        this.alive = AliveRestriction.of(getRootTableName(), persistentClass, context.getDialect());
    }

    @Override
    public void applyWhereRestrictions(Consumer<Predicate> predicates, TableGroup tableGroup, boolean useQualifier,
            SqlAstCreationState creationState) {
        super.applyWhereRestrictions(predicates, tableGroup, useQualifier, creationState);
        alive.applyToEntity(predicates, tableGroup, useQualifier, creationState);
    }
}

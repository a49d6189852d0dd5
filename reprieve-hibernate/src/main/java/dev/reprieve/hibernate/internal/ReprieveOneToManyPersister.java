package dev.reprieve.hibernate.internal;

import java.util.function.Consumer;
import org.hibernate.cache.spi.access.CollectionDataAccess;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.mapping.Collection;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.collection.OneToManyPersister;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * Hibernate's persister for a {@code @OneToMany} of soft-deletable elements, hiding deleted elements in the
 * default view, in collection loads and in joins alike.
 */
public class ReprieveOneToManyPersister extends OneToManyPersister implements AliveRestricting {

    private final CollectionAliveView alive;

    public ReprieveOneToManyPersister(Collection collection, CollectionDataAccess cache, RuntimeModelCreationContext context) {
        super(collection, cache, context);
        this.alive = new CollectionAliveView(collection, context, this::getElementPersister);
    }

    @Override
    public void applyWhereRestrictions(Consumer<Predicate> predicates, TableGroup tableGroup, boolean useQualifier,
            SqlAstCreationState creationState) {
        super.applyWhereRestrictions(predicates, tableGroup, useQualifier, creationState);
        alive.apply(predicates, tableGroup, useQualifier, creationState.getLoadQueryInfluencers().getEnabledFilters());
    }

    @Override
    public boolean hasWhereRestrictions() {
        return true;
    }

    /** The collection never holds every row of the table: Hibernate must not treat it as complete when updating it. */
    @Override
    public boolean isAffectedByEnabledFilters(SharedSessionContractImplementor session) {
        return true;
    }
}

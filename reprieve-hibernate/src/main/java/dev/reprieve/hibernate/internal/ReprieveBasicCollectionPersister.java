package dev.reprieve.hibernate.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Filter;
import org.hibernate.cache.spi.access.CollectionDataAccess;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.mapping.Collection;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.collection.BasicCollectionPersister;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * Hibernate's persister for a {@code @ManyToMany} (join table) of soft-deletable elements, hiding deleted
 * elements in the default view, in collection loads and in joins alike.
 */
public class ReprieveBasicCollectionPersister extends BasicCollectionPersister implements AliveRestricting {

    private final CollectionAliveView alive;

    public ReprieveBasicCollectionPersister(Collection collection, CollectionDataAccess cache,
            RuntimeModelCreationContext context) {
        super(collection, cache, context);
        this.alive = new CollectionAliveView(collection, context, this::getElementPersister);
    }

    @Override
    public void applyBaseManyToManyRestrictions(Consumer<Predicate> predicates, TableGroup tableGroup, boolean useQualifier,
            Map<String, Filter> enabledFilters, Set<String> treatAsDeclarations, SqlAstCreationState creationState) {
        super.applyBaseManyToManyRestrictions(predicates, tableGroup, useQualifier, enabledFilters, treatAsDeclarations,
                creationState);
        alive.apply(predicates, tableGroup, useQualifier, enabledFilters);
    }

    @Override
    public boolean hasWhereRestrictions() {
        return true;
    }

    /** The collection never holds every row of the join table: Hibernate must not treat it as complete when updating it. */
    @Override
    public boolean isAffectedByEnabledFilters(SharedSessionContractImplementor session) {
        return true;
    }
}

package dev.reprieve.hibernate.internal;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hibernate.Filter;
import org.hibernate.mapping.Collection;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * The alive view of one collection of soft-deletable elements, shared by Reprieve's collection persisters: the
 * element's {@code deleted_at is null} restriction, added when the session is in the default view. The restriction
 * is built on first use: Hibernate asks for restrictions before it announces that every persister exists.
 */
final class CollectionAliveView {

    private final String deletedAtColumn;
    private final Supplier<EntityPersister> element;
    private volatile AliveRestriction alive;

    /** @param element the collection persister's element persister, asked for on first use */
    CollectionAliveView(Collection collection, RuntimeModelCreationContext context, Supplier<EntityPersister> element) {
        this.deletedAtColumn = CollectionRestrictions.deletedAtColumn(collection, context);
        this.element = element;
    }

    /** Adds the restriction when {@code enabledFilters} ask for the alive view. */
    void apply(Consumer<Predicate> predicates, TableGroup tableGroup, boolean useQualifier,
            Map<String, Filter> enabledFilters) {
        if (SoftDeleteFilters.aliveView(enabledFilters)) {
            restriction().apply(predicates, tableGroup, useQualifier);
        }
    }

    private AliveRestriction restriction() {
        AliveRestriction restriction = alive;
        if (restriction == null) {
            restriction = CollectionRestrictions.forElement((AbstractEntityPersister) element.get(), deletedAtColumn);
            alive = restriction;
        }
        return restriction;
    }
}

package dev.reprieve.hibernate.internal;

import org.hibernate.HibernateException;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.UnionSubclassEntityPersister;

/** Builds the alive restriction of a collection of soft-deletable elements. */
final class CollectionRestrictions {

    private CollectionRestrictions() {
    }

    /** The element's {@code deleted_at} column, read from the boot model while the persister is built. */
    static String deletedAtColumn(Collection collection, RuntimeModelCreationContext context) {
        String element = elementEntityName(collection);
        PersistentClass elementClass = element == null ? null : context.getMetadata().getEntityBinding(element);
        if (elementClass == null) {
            throw new HibernateException(collection.getRole() + ": Reprieve's collection persister needs an entity element");
        }
        return AliveRestriction.deletedAtColumn(elementClass, context.getDialect());
    }

    /** Once every persister exists: the restriction, against the table of the element that holds the column. */
    static AliveRestriction forElement(AbstractEntityPersister element, String deletedAtColumn) {
        String table = element instanceof UnionSubclassEntityPersister ? element.getTableName() : element.getRootTableName();
        return AliveRestriction.of(table, deletedAtColumn);
    }

    static String elementEntityName(Collection collection) {
        if (collection.getElement() instanceof OneToMany oneToMany) {
            return oneToMany.getReferencedEntityName();
        }
        if (collection.getElement() instanceof ManyToOne manyToMany) {
            return manyToMany.getReferencedEntityName();
        }
        return null;
    }
}

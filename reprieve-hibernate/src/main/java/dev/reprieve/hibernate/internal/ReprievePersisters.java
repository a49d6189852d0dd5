package dev.reprieve.hibernate.internal;

import dev.reprieve.core.NotSoftDeletableException;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.persister.collection.BasicCollectionPersister;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.collection.OneToManyPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.JoinedSubclassEntityPersister;
import org.hibernate.persister.entity.SingleTableEntityPersister;
import org.hibernate.persister.entity.UnionSubclassEntityPersister;
import org.hibernate.persister.spi.PersisterClassResolver;

/**
 * Gives every soft-deletable entity and every collection of one Reprieve's persister (which hides deleted
 * rows in the default view), wrapping whichever resolver Hibernate would use otherwise; and checks at startup
 * that each of them really got it, since a persister of the application's own would show deleted rows.
 */
final class ReprievePersisters implements PersisterClassResolver {

    private final PersisterClassResolver delegate;

    ReprievePersisters(PersisterClassResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public Class<? extends EntityPersister> getEntityPersisterClass(PersistentClass entity) {
        Class<? extends EntityPersister> standard = delegate.getEntityPersisterClass(entity);
        if (!SoftDeleteMappingReader.isSoftDeletable(entity.getRootClass()) || AliveRestricting.class.isAssignableFrom(standard)) {
            return standard;
        }
        if (standard == SingleTableEntityPersister.class) {
            return ReprieveSingleTableEntityPersister.class;
        }
        if (standard == JoinedSubclassEntityPersister.class) {
            return ReprieveJoinedSubclassEntityPersister.class;
        }
        if (standard == UnionSubclassEntityPersister.class) {
            return ReprieveUnionSubclassEntityPersister.class;
        }
        throw new NotSoftDeletableException(entity.getEntityName() + " is soft-deletable but its persister is "
                + standard.getName() + ", which would show deleted rows; extend one of Reprieve's persisters"
                + " (e.g. " + ReprieveSingleTableEntityPersister.class.getName() + ") instead");
    }

    @Override
    public Class<? extends CollectionPersister> getCollectionPersisterClass(Collection collection) {
        Class<? extends CollectionPersister> standard = delegate.getCollectionPersisterClass(collection);
        if (!hasSoftDeletableElements(collection) || AliveRestricting.class.isAssignableFrom(standard)) {
            return standard;
        }
        if (standard == OneToManyPersister.class) {
            return ReprieveOneToManyPersister.class;
        }
        if (standard == BasicCollectionPersister.class) {
            return ReprieveBasicCollectionPersister.class;
        }
        throw new NotSoftDeletableException(collection.getRole() + " holds soft-deletable elements but its persister is "
                + standard.getName() + ", which would show deleted elements; extend "
                + ReprieveOneToManyPersister.class.getName() + " or " + ReprieveBasicCollectionPersister.class.getName());
    }

    private static boolean hasSoftDeletableElements(Collection collection) {
        PersistentClass element = null;
        if (collection.getElement() instanceof OneToMany oneToMany) {
            element = oneToMany.getAssociatedClass();
        } else if (collection.getElement() instanceof ManyToOne manyToMany) {
            element = manyToMany.getMetadata().getEntityBinding(manyToMany.getReferencedEntityName());
        }
        return element != null && SoftDeleteMappingReader.isSoftDeletable(element.getRootClass());
    }

    /** Fails startup when a soft-deletable entity or collection ended up with another persister. */
    static void verify(Metadata metadata, SessionFactoryImplementor factory) {
        var mapping = factory.getMappingMetamodel();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (SoftDeleteMappingReader.isSoftDeletable(entity.getRootClass())) {
                var persister = mapping.getEntityDescriptor(entity.getEntityName());
                if (!(persister instanceof AliveRestricting)) {
                    throw new NotSoftDeletableException(entity.getEntityName() + " is soft-deletable but Hibernate built it"
                            + " with " + persister.getClass().getName() + " instead of Reprieve's persister; it would show"
                            + " deleted rows. Remove the custom persister or PersisterClassResolver");
                }
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            if (hasSoftDeletableElements(collection)) {
                var persister = mapping.getCollectionDescriptor(collection.getRole());
                if (!(persister instanceof AliveRestricting)) {
                    throw new NotSoftDeletableException(collection.getRole() + " holds soft-deletable elements but Hibernate"
                            + " built it with " + persister.getClass().getName() + " instead of Reprieve's persister; it"
                            + " would show deleted elements. Remove the custom persister or PersisterClassResolver");
                }
            }
        }
    }
}

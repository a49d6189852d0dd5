package dev.reprieve.hibernate.internal;

import dev.reprieve.core.Visibility;
import dev.reprieve.hibernate.VisibilityScope;
import org.hibernate.Hibernate;
import org.hibernate.HibernateException;
import org.hibernate.event.spi.LoadEvent;
import org.hibernate.event.spi.LoadEventListener;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * Applies visibility to loads by key, which SQL does not restrict: {@code find} (also when answered from
 * the persistence context) returns nothing for a row the session's view hides; a proxy from
 * {@code getReference} then fails with {@code EntityNotFoundException}; a proxy behind a to-one reference
 * follows the reference's {@link dev.reprieve.core.ReferencePolicy}.
 */
final class VisibilityLoadListener implements LoadEventListener {

    private final DefaultSoftDeleteOperations operations;
    private final SessionReferences references;
    private final LoadEventListener delegate;

    VisibilityLoadListener(DefaultReprieveRuntime runtime, SessionReferences references, LoadEventListener delegate) {
        this.operations = runtime.operations();
        this.references = references;
        this.delegate = delegate;
    }

    @Override
    public void onLoad(LoadEvent event, LoadType loadType) throws HibernateException {
        delegate.onLoad(event, loadType);
        Object result = event.getResult();
        if (loadType == LOAD && result instanceof HibernateProxy proxy && proxy.getHibernateLazyInitializer().isUninitialized()) {
            LazyInitializer lazy = proxy.getHibernateLazyInitializer();
            if (operations.isSoftDeletable(lazy.getPersistentClass())) {
                references.directReference(event.getSession(), lazy.getEntityName(), lazy.getInternalIdentifier());
            }
            return;
        }
        if (loadType != GET && loadType != IMMEDIATE_LOAD || result == null || !Hibernate.isInitialized(result)) {
            return;
        }
        Object instance = Hibernate.unproxy(result);
        Class<?> type = Hibernate.getClass(instance);
        if (!operations.isSoftDeletable(type)) {
            return;
        }
        boolean deleted = operations.columns(type).deletedAtOf(instance) != null;
        Visibility visibility = VisibilityScope.current(event.getSession());
        if (deleted && visibility == Visibility.ALIVE && loadType == IMMEDIATE_LOAD
                && !references.isDirectReference(event.getSession(), event.getEntityClassName(), event.getEntityId())) {
            // a to-one reference being navigated: LOAD hands out the deleted row, THROW names the owner
            references.checkDeletedTarget(event.getSession(), event.getEntityClassName(), event.getEntityId());
            return;
        }
        if (deleted && visibility == Visibility.ALIVE || !deleted && visibility == Visibility.DELETED) {
            event.setResult(null);
        }
    }
}

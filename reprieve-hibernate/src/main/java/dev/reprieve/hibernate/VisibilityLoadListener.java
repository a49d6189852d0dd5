package dev.reprieve.hibernate;

import dev.reprieve.core.Visibility;
import org.hibernate.Hibernate;
import org.hibernate.HibernateException;
import org.hibernate.event.spi.LoadEvent;
import org.hibernate.event.spi.LoadEventListener;

/**
 * Applies visibility where filters do not reach: {@code find} answers served from the persistence
 * context (an instance loaded inside an "include deleted" scope must not come back from a later plain
 * find), and proxy initialization ({@code getReference}, lazy to-one), which then fails with
 * {@code EntityNotFoundException} instead of handing out a deleted row.
 */
final class VisibilityLoadListener implements LoadEventListener {

    private final SoftDeleteOperations operations;
    private final LoadEventListener delegate;

    VisibilityLoadListener(ReprieveRuntime runtime, LoadEventListener delegate) {
        this.operations = runtime.operations();
        this.delegate = delegate;
    }

    @Override
    public void onLoad(LoadEvent event, LoadType loadType) throws HibernateException {
        delegate.onLoad(event, loadType);
        Object result = event.getResult();
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
        if (deleted && visibility == Visibility.ALIVE || !deleted && visibility == Visibility.DELETED) {
            event.setResult(null);
        }
    }
}

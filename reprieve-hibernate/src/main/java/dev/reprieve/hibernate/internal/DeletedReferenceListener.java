package dev.reprieve.hibernate.internal;

import dev.reprieve.core.DeletedReferenceException;
import dev.reprieve.core.Visibility;
import dev.reprieve.hibernate.VisibilityScope;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;

/**
 * After an entity loads in the default view: an inverse one-to-one whose partner is deleted reads as
 * {@code null} (the owner never writes that side, so nothing changes in the database); a {@code THROW}
 * reference to a deleted row fails now when it was fetched eagerly, or is remembered so that navigating its
 * proxy fails naming the owner.
 */
final class DeletedReferenceListener implements PostLoadEventListener {

    private final DefaultSoftDeleteOperations operations;
    private final SessionReferences references;
    private final Map<String, List<ReferenceReader.Reference>> byEntity;

    DeletedReferenceListener(DefaultReprieveRuntime runtime, SessionReferences references,
            Map<String, List<ReferenceReader.Reference>> byEntity) {
        this.operations = runtime.operations();
        this.references = references;
        this.byEntity = byEntity;
    }

    @Override
    public void onPostLoad(PostLoadEvent event) {
        EntityPersister persister = event.getPersister();
        List<ReferenceReader.Reference> attributes = byEntity.get(persister.getEntityName());
        if (attributes == null || VisibilityScope.current(event.getSession()) != Visibility.ALIVE) {
            return;
        }
        Object entity = event.getEntity();
        for (ReferenceReader.Reference reference : attributes) {
            int index = persister.getPropertyIndex(reference.attribute());
            Object target = persister.getValue(entity, index);
            if (target == null) {
                continue;
            }
            if (!Hibernate.isInitialized(target)) {
                if (!reference.inverse() && target instanceof HibernateProxy proxy) {
                    var lazy = proxy.getHibernateLazyInitializer();
                    references.throwingReference(event.getSession(), lazy.getEntityName(), lazy.getInternalIdentifier(),
                            persister.getEntityName(), event.getId(), reference.attribute());
                }
                continue;
            }
            Object instance = Hibernate.unproxy(target);
            Class<?> type = Hibernate.getClass(instance);
            if (!operations.isSoftDeletable(type) || operations.columns(type).deletedAtOf(instance) == null) {
                continue;
            }
            if (reference.inverse()) {
                persister.setValue(entity, index, null);
            } else {
                throw new DeletedReferenceException(persister.getEntityName(), event.getId(), reference.attribute(),
                        reference.targetEntityName(), persister.getFactory().getPersistenceUnitUtil().getIdentifier(instance));
            }
        }
    }
}

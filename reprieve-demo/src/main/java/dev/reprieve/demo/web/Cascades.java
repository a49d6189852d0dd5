package dev.reprieve.demo.web;

import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.SoftDeleteOperations;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reprieve's cascade features that {@code SoftDeleteRepository} does not offer (yet): the deletion
 * preview and the restore with the parent chain, each in its own transaction.
 */
@Component
public class Cascades {

    private final EntityManager entityManager;

    public Cascades(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Restores the row and its delete operation's group; {@code withParents} first restores a deleted parent
     * chain instead of refusing with {@link dev.reprieve.core.ParentDeletedException}.
     */
    @Transactional
    public <T> T restore(Class<T> type, Long id, boolean withParents) {
        return operations().restore(session(), type, id, withParents);
    }

    /** @return alive rows that soft-deleting this one would take along, by entity name, in name order */
    @Transactional
    public Map<String, Long> deletionPreview(Class<?> type, Long id) {
        return new TreeMap<>(operations().previewDeletion(session(), type, id).cascaded());
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    private SoftDeleteOperations operations() {
        return ReprieveRuntime.of(session().getSessionFactory()).operations();
    }
}

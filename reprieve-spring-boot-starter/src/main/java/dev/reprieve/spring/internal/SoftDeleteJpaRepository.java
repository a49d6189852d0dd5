package dev.reprieve.spring.internal;

import dev.reprieve.core.DeletionReasons;
import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.Visibility;
import dev.reprieve.core.cascade.DeletionPreview;
import dev.reprieve.core.spi.Arguments;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.SoftDeleteOperations;
import dev.reprieve.hibernate.VisibilityScope;
import dev.reprieve.spring.SoftDeleteRepository;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.DeleteSpecification;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementation behind every {@link SoftDeleteRepository}: Spring Data's {@link SimpleJpaRepository}
 * with each delete turned into a set-based soft delete and the trash methods added. Installed as the
 * repository base class by the starter; applications never name it.
 */
@Transactional(readOnly = true)
public class SoftDeleteJpaRepository<T, ID> extends SimpleJpaRepository<T, ID> implements SoftDeleteRepository<T, ID> {

    private final JpaEntityInformation<T, ?> entityInformation;
    private final EntityManager entityManager;
    private final SoftDeleteOperations operations;

    public SoftDeleteJpaRepository(JpaEntityInformation<T, ?> entityInformation, EntityManager entityManager) {
        super(entityInformation, entityManager);
        this.entityInformation = entityInformation;
        this.entityManager = entityManager;
        this.operations = operationsFor(entityInformation, entityManager);
    }

    private static SoftDeleteOperations operationsFor(JpaEntityInformation<?, ?> info, EntityManager em) {
        String entity = info.getJavaType().getName();
        try {
            ReprieveRuntime runtime = ReprieveRuntime.of(em.getEntityManagerFactory().unwrap(SessionFactory.class));
            if (!runtime.model().isSoftDeletable(info.getJavaType())) {
                throw new NotSoftDeletableException("A SoftDeleteRepository was declared for " + entity
                        + ", which is not soft-deletable: annotate it with @SoftDeletable or extend SoftDeletableEntity");
            }
            return runtime.operations();
        } catch (NotSoftDeletableException e) {
            throw new NotSoftDeletableException("A SoftDeleteRepository was declared for " + entity + ": "
                    + e.getMessage());
        }
    }

    // ---- deletes: all soft, all set-based -------------------------------------------------------

    @Override
    @Transactional
    public void delete(T entity) {
        Arguments.requireNonNull(entity, "entity");
        operations.softDeleteInstances(session(), getDomainClass(), notNew(List.of(entity)));
    }

    @Override
    @Transactional
    public void deleteById(ID id) {
        Arguments.requireNonNull(id, "id");
        operations.softDelete(session(), getDomainClass(), List.of(id));
    }

    @Override
    @Transactional
    public void delete(T entity, String reason) {
        DeletionReasons.run(reason, () -> delete(entity));
    }

    @Override
    @Transactional
    public void deleteById(ID id, String reason) {
        DeletionReasons.run(reason, () -> deleteById(id));
    }

    @Override
    @Transactional
    public void deleteAllById(Iterable<? extends ID> ids) {
        operations.softDelete(session(), getDomainClass(), Arguments.requireNoNulls(ids, "ids"));
    }

    @Override
    @Transactional
    public void deleteAllByIdInBatch(Iterable<ID> ids) {
        operations.softDelete(session(), getDomainClass(), Arguments.requireNoNulls(ids, "ids"));
    }

    @Override
    @Transactional
    public void deleteAll(Iterable<? extends T> entities) {
        operations.softDeleteInstances(session(), getDomainClass(), notNew(Arguments.requireNoNulls(entities, "entities")));
    }

    @Override
    @Transactional
    public void deleteAllInBatch(Iterable<T> entities) {
        operations.softDeleteInstances(session(), getDomainClass(), notNew(Arguments.requireNoNulls(entities, "entities")));
    }

    @Override
    @Transactional
    public void deleteAll() {
        operations.softDeleteAll(session(), getDomainClass());
    }

    @Override
    @Transactional
    public void deleteAllInBatch() {
        operations.softDeleteAll(session(), getDomainClass());
    }

    /**
     * Soft-deletes the alive rows the specification matches, as one operation: one UPDATE with its condition
     * where the type's delete marks its own rows only, else one query for their ids (never entities) and the
     * UPDATEs by id. Also serves {@code delete(PredicateSpecification)}, which Spring Data routes here. The
     * specification's {@code CriteriaDelete} argument is never executed.
     */
    @Override
    @Transactional
    public long delete(DeleteSpecification<T> spec) {
        Arguments.requireNonNull(spec, "specification");
        Class<T> type = getDomainClass();
        return operations.softDeleteMatching(session(), type,
                (root, cb) -> spec.toPredicate(root, cb.createCriteriaDelete(type), cb));
    }

    // ---- the trash ------------------------------------------------------------------------------

    @Override
    public List<T> findAllIncludingDeleted() {
        return seeing(Visibility.ALL, this::findAll);
    }

    @Override
    public Page<T> findAllIncludingDeleted(Pageable pageable) {
        Arguments.requireNonNull(pageable, "pageable");
        return seeing(Visibility.ALL, () -> findAll(pageable));
    }

    @Override
    public List<T> findAllDeleted() {
        return seeing(Visibility.DELETED, this::findAll);
    }

    @Override
    public Page<T> findAllDeleted(Pageable pageable) {
        Arguments.requireNonNull(pageable, "pageable");
        return seeing(Visibility.DELETED, () -> findAll(pageable));
    }

    @Override
    public Optional<T> findByIdIncludingDeleted(ID id) {
        Arguments.requireNonNull(id, "id");
        return operations.findIncludingDeleted(session(), getDomainClass(), id);
    }

    @Override
    public long countDeleted() {
        return seeing(Visibility.DELETED, this::count);
    }

    @Override
    @Transactional
    public T restore(ID id) {
        Arguments.requireNonNull(id, "id");
        return operations.restore(session(), getDomainClass(), id);
    }

    @Override
    @Transactional
    public T restoreWithParents(ID id) {
        Arguments.requireNonNull(id, "id");
        return operations.restore(session(), getDomainClass(), id, true);
    }

    @Override
    @Transactional
    public T restore(ID id, String reason) {
        Arguments.requireNonNull(id, "id");
        return operations.restore(session(), getDomainClass(), id, false, reason);
    }

    @Override
    @Transactional
    public T restoreWithParents(ID id, String reason) {
        Arguments.requireNonNull(id, "id");
        return operations.restore(session(), getDomainClass(), id, true, reason);
    }

    /** Runs in a read-write transaction: the preview performs the delete inside a savepoint and rolls it back. */
    @Override
    @Transactional
    public DeletionPreview previewDeletion(ID id) {
        Arguments.requireNonNull(id, "id");
        return operations.previewDeletion(session(), getDomainClass(), id);
    }

    @Override
    @Transactional
    public void hardDelete(T entity) {
        Arguments.requireNonNull(entity, "entity");
        operations.hardDelete(session(), entity);
    }

    @Override
    @Transactional
    public void hardDeleteById(ID id) {
        Arguments.requireNonNull(id, "id");
        operations.hardDeleteById(session(), getDomainClass(), id);
    }

    private <R> R seeing(Visibility visibility, Supplier<R> work) {
        return VisibilityScope.call(session(), visibility, work);
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    /** Entities never saved have no row: Spring Data ignores them in deletes, and so does this repository. */
    private List<Object> notNew(List<? extends T> entities) {
        List<Object> saved = new ArrayList<>();
        for (T entity : entities) {
            if (!entityInformation.isNew(entity)) {
                saved.add(entity);
            }
        }
        return saved;
    }
}

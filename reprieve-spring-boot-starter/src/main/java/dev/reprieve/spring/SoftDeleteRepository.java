package dev.reprieve.spring;

import dev.reprieve.core.cascade.DeletionPreview;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * A Spring Data JPA repository for a soft-deletable entity. Every inherited read sees alive rows only;
 * every inherited delete soft-deletes (bulk forms in one UPDATE) and marks the instances passed to it. The
 * methods below reach the trash. Like Spring Data's own, every method refuses null arguments (and null
 * elements) with {@code InvalidDataAccessApiUsageException} before running any SQL.
 *
 * <pre>{@code interface TodoRepository extends SoftDeleteRepository<Todo, Long> {}}</pre>
 */
@NoRepositoryBean
public interface SoftDeleteRepository<T, ID> extends JpaRepository<T, ID>, JpaSpecificationExecutor<T> {

    /** @return alive and deleted rows */
    List<T> findAllIncludingDeleted();

    /** @return a page of alive and deleted rows */
    Page<T> findAllIncludingDeleted(Pageable pageable);

    /** @return only deleted rows: the trash */
    List<T> findAllDeleted();

    /** @return a page of deleted rows */
    Page<T> findAllDeleted(Pageable pageable);

    /** @return the row whether it is alive or deleted */
    Optional<T> findByIdIncludingDeleted(ID id);

    /**
     * Soft-deletes the entity like {@link #delete(Object)}, giving a reason that travels in the
     * {@link dev.reprieve.core.event.SoftDeleted} event ({@code null} or blank: none), and is stored in the rows'
     * {@code deletion_reason} column where their type declares a {@code deletionReason} attribute.
     */
    void delete(T entity, String reason);

    /** Soft-deletes the row with this id like {@link #deleteById(Object)}, giving a reason for its event. */
    void deleteById(ID id, String reason);

    /** @return how many rows are in the trash */
    long countDeleted();

    /**
     * Brings a deleted row back, with everything its delete operation took along.
     *
     * @return the restored entity
     * @throws dev.reprieve.core.RowNotFoundException when no row has this id
     * @throws dev.reprieve.core.NotDeletedException when the row is alive (nothing changes)
     */
    T restore(ID id);

    /**
     * Restores the row like {@link #restore}, first bringing back a deleted parent chain (each parent with
     * its own delete operation) instead of refusing with {@link dev.reprieve.core.ParentDeletedException}.
     */
    T restoreWithParents(ID id);

    /**
     * Restores the row like {@link #restore(Object)}, saying why: the reason ({@code null} or blank: none) travels
     * in the {@link dev.reprieve.core.event.Restored} event and the admin's history.
     */
    T restore(ID id, String reason);

    /** Like {@link #restoreWithParents(Object)}, with a reason as {@link #restore(Object, String)} takes it. */
    T restoreWithParents(ID id, String reason);

    /**
     * What deleting this row would do, without doing it: alive rows of each type that would go with it,
     * and any RESTRICT relationship that would refuse it (the "are you sure?" page).
     *
     * @throws dev.reprieve.core.RowNotFoundException when no row has this id
     */
    DeletionPreview previewDeletion(ID id);

    /**
     * Removes the row for good, alive or deleted, with the rows in the trash under it through CASCADE
     * relationships. The only way this repository issues a DELETE.
     *
     * @throws dev.reprieve.core.RestrictedDeleteException when rows in the trash reference it through a
     *         RESTRICT relationship (nothing changes)
     */
    void hardDelete(T entity);

    /**
     * Removes the row with this id for good, alive or deleted.
     *
     * @throws dev.reprieve.core.RowNotFoundException when no row has this id
     */
    void hardDeleteById(ID id);
}

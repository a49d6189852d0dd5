package dev.reprieve.hibernate;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.NotDeletedException;
import dev.reprieve.core.RestrictedDeleteException;
import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.core.cascade.DeletionPreview;
import java.util.Collection;
import java.util.function.BiFunction;
import java.util.Optional;
import java.util.function.Supplier;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.Session;

/**
 * Soft delete, restore and hard delete for one persistence unit, as set-based SQL on the session's
 * connection. Every method flushes pending changes first and leaves the persistence context consistent:
 * instances whose rows changed are evicted, so a stale copy can never be written back.
 * <p>
 * Get it from {@link ReprieveRuntime#operations()}; Reprieve provides the only implementation.
 */
public interface SoftDeleteOperations {

    /**
     * Soft-deletes the rows with these ids, one UPDATE per thousand ids, then their dependents as the
     * relationships say (see {@link dev.reprieve.core.OnSoftDelete}); all share one deletion id. Rows already
     * deleted keep their first deletion, unless the second-delete policy says to erase them.
     *
     * @throws dev.reprieve.core.RestrictedDeleteException when a RESTRICT relationship blocks; nothing changes
     * @return how many rows changed
     */
    int softDelete(Session session, Class<?> type, Collection<?> ids);

    /**
     * Soft-deletes these instances' rows like {@link #softDelete(Session, Class, Collection)}, and shows the
     * deletion on the instances themselves, managed or not: each carries its row's deletion time, deleter and
     * deletion id afterwards (a row deleted earlier keeps, and shows, its first deletion).
     *
     * @return how many rows changed
     */
    int softDeleteInstances(Session session, Class<?> type, Collection<?> instances);

    /** Soft-deletes every alive row of the type in one UPDATE. @return how many rows changed */
    int softDeleteAll(Session session, Class<?> type);

    /**
     * Soft-deletes the alive rows of the type that {@code where} selects, as one operation like
     * {@link #softDelete(Session, Class, Collection)}: one deletion id, cascades, RESTRICT checks, one event. A
     * table no delete cascades from and no parent's delete reaches is marked by one UPDATE with that condition;
     * otherwise the matching ids are read (ids only, no entities) and marked by id.
     *
     * @param where the condition on the type's root, or a function returning {@code null} for every alive row
     * @return how many rows changed
     */
    <T> int softDeleteMatching(Session session, Class<T> type, BiFunction<Root<T>, CriteriaBuilder, Predicate> where);

    /**
     * Restores a deleted row, and with it exactly the rows its delete operation marked. Refused while a
     * parent it depends on is still deleted. The runtime's {@link dev.reprieve.core.RestoreListener}s hear of
     * it before this returns, in the same transaction.
     *
     * @throws RowNotFoundException when no row has this id
     * @throws NotDeletedException when the row is alive; nothing changes then
     * @throws dev.reprieve.core.ParentDeletedException when a parent is still deleted; nothing changes then
     * @throws dev.reprieve.core.RestoreConflictException when alive rows hold unique-when-alive values of the
     *         rows to restore; nothing changes then
     */
    <T> T restore(Session session, Class<T> type, Object id);

    /**
     * Like {@link #restore(Session, Class, Object)}; with {@code withParents} a deleted parent chain is
     * restored first (each parent with its own delete operation) instead of refusing.
     */
    <T> T restore(Session session, Class<T> type, Object id, boolean withParents);

    /**
     * Like {@link #restore(Session, Class, Object, boolean)}, saying why: the reason (stripped of surrounding
     * blanks; blank counts as none) travels in the {@code Restored} event and the {@code RestoreEvent}; the
     * restore clears the row's stored deletion reason like its other deletion columns.
     */
    <T> T restore(Session session, Class<T> type, Object id, boolean withParents, String reason);

    /**
     * What soft-deleting this row would do, without doing it: alive rows that would go with it, by entity
     * name, and any RESTRICT relationship that would refuse it. Needs an active read-write transaction.
     *
     * @throws RowNotFoundException when no row, alive or deleted, has this id
     */
    DeletionPreview previewDeletion(Session session, Class<?> type, Object id);

    /** Loads a row whether it is alive or deleted. */
    <T> Optional<T> findIncludingDeleted(Session session, Class<T> type, Object id);

    /**
     * Removes a row for good, with Hibernate's own cascades and join-table cleanup, inside
     * {@link HardDeletes} so the guard lets the {@code DELETE} through. Soft-deleted rows under it through
     * CASCADE relationships are in the trash already and are removed with it, deepest first.
     *
     * @throws RestrictedDeleteException when soft-deleted rows reference it through a RESTRICT relationship;
     *         nothing changes then
     */
    void hardDelete(Session session, Object entity);

    /**
     * Like {@link #hardDelete(Session, Object)}, by id.
     *
     * @throws RowNotFoundException when no row, alive or deleted, has this id
     */
    void hardDeleteById(Session session, Class<?> type, Object id);

    /**
     * Tells listeners that these rows of {@code type} were erased by SQL, as {@link #hardDeleteById} tells them
     * of the one row it removes; inside {@link #asOneErase} they join that one event.
     */
    void erasedBySql(Class<?> type, Collection<?> ids);

    /** Like {@link #erasedBySql(Class, Collection)}, for rows counted but not read: the event carries their number only. */
    void erasedBySql(Class<?> type, long count);

    /**
     * Runs {@code work}, whose hard deletes ({@link #hardDeleteById} and the like, e.g. the rows of one group
     * erased deepest first) listeners hear as one {@link dev.reprieve.core.event.Erased} of {@code type}, not one
     * per row. Inside another such call it joins that one.
     */
    <T> T asOneErase(Class<?> type, Supplier<T> work);
}

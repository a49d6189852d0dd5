package dev.reprieve.hibernate.internal;

import dev.reprieve.core.event.Erased;
import dev.reprieve.core.event.EventIds;
import dev.reprieve.core.event.Restored;
import dev.reprieve.core.event.SoftDeleted;
import dev.reprieve.hibernate.internal.DefaultSoftDeleteOperations.Stamp;
import dev.reprieve.hibernate.SoftDeleteOperations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Builds the {@link dev.reprieve.core.event.ReprieveEvent} of one finished operation and tells the runtime's
 * listeners, inside the operation's transaction. Builds nothing while nobody listens.
 */
public final class OperationEvents {

    /** Hard deletes of one erase under way on this thread, told as one {@link Erased} when it ends. */
    private static final class Erasure {
        final String entityName;
        final List<Object> ids = new ArrayList<>();
        long count;
        final Map<String, Long> rows = new LinkedHashMap<>();

        Erasure(String entityName) {
            this.entityName = entityName;
        }
    }

    private final RuntimeContext context;
    private final ThreadLocal<Erasure> erasure = new ThreadLocal<>();

    OperationEvents(RuntimeContext context) {
        this.context = context;
    }

    /**
     * A delete of rows asked by id, {@code marked} of which it marked (the others were deleted before).
     *
     * @param asked  the ids asked for, or {@code null} for a delete of every alive row
     * @param reason why, or {@code null}
     */
    public void softDeleted(SessionImplementor s, EntityColumns root, Collection<?> asked, int marked,
            Map<String, Long> cascaded, Stamp stamp, String reason) {
        if (marked == 0 || !context.heard()) {
            return;
        }
        Map<String, Long> rows = new LinkedHashMap<>(cascaded);
        rows.merge(root.table().entityName(), (long) marked, Long::sum);
        context.publish(new SoftDeleted(root.table().entityName(), rootIds(s, root, asked, marked, stamp),
                stamp.operation(), rows, stamp.by(), stamp.at(), reason));
    }

    public void restored(EntityColumns root, Object id, GroupRestorer.Restored done, String restoredBy, Instant restoredAt,
            String reason) {
        if (!context.heard()) {
            return;
        }
        GroupRestorer.State undone = done.undone();
        context.publish(new Restored(root.table().entityName(), EventIds.one(id), undone.operation(), done.rows(),
                undone.deletedBy(), undone.deletedAt(), restoredBy, restoredAt, reason));
    }

    public void erased(EntityColumns root, Object id, Map<String, Long> under) {
        if (!context.heard()) {
            return;
        }
        Map<String, Long> rows = new LinkedHashMap<>(under);
        rows.merge(root.table().entityName(), 1L, Long::sum);
        Erasure whole = erasure.get();
        if (whole != null) {
            rows.forEach((type, count) -> whole.rows.merge(type, count, Long::sum));
            if (whole.entityName.equals(root.table().entityName())) {
                whole.count++;
                if (whole.ids.size() < EventIds.LIMIT) {
                    whole.ids.add(id);
                }
            }
            return;
        }
        context.publish(new Erased(root.table().entityName(), EventIds.one(id), rows, context.currentDeleter(),
                context.now()));
    }

    /** {@code count} rows of {@code type} erased whose ids were not read: told as a number of rows. */
    public void erasedCount(EntityColumns type, long count) {
        if (count == 0 || !context.heard()) {
            return;
        }
        Erasure whole = erasure.get();
        if (whole != null) {
            whole.rows.merge(type.table().entityName(), count, Long::sum);
            if (whole.entityName.equals(type.table().entityName())) {
                whole.count += count;
            }
            return;
        }
        context.publish(new Erased(type.table().entityName(), EventIds.countOnly(count),
                Map.of(type.table().entityName(), count), context.currentDeleter(), context.now()));
    }

    /**
     * Runs {@code work}, whose hard deletes are told as one {@link Erased} of {@code entityName} when it returns
     * (none when it throws or erased nothing); inside another such erase, it is part of that one.
     */
    public <T> T asOneErase(String entityName, Supplier<T> work) {
        if (erasure.get() != null) {
            return work.get();
        }
        Erasure whole = new Erasure(entityName);
        erasure.set(whole);
        T result;
        try {
            result = work.get();
        } finally {
            erasure.remove();
        }
        if (!whole.rows.isEmpty() && context.heard()) {
            context.publish(new Erased(entityName, new EventIds(whole.ids, Math.max(whole.count, whole.ids.size())),
                    whole.rows, context.currentDeleter(), context.now()));
        }
        return result;
    }

    /**
     * The root rows this delete marked: the ids asked when it marked them all; otherwise (some were deleted
     * before, or the delete named no ids) read back by deletion id, when few enough to carry.
     */
    private EventIds rootIds(SessionImplementor s, EntityColumns root, Collection<?> asked, int marked, Stamp stamp) {
        if (asked != null && asked.size() == marked) {
            return EventIds.of(asked); // every id asked was marked, so none repeats: no copy of a bulk delete's ids
        }
        if (asked != null) {
            Set<Object> distinct = new LinkedHashSet<>(asked);
            if (distinct.size() == marked) {
                return EventIds.of(distinct);
            }
        }
        if (marked > EventIds.LIMIT) {
            return EventIds.countOnly(marked);
        }
        Set<String> wanted = null;
        if (asked != null) {
            wanted = new LinkedHashSet<>();
            for (Object id : asked) {
                wanted.add(String.valueOf(id));
            }
        }
        List<Object> ids = new ArrayList<>();
        for (Object id : JdbcExecutor.query(s, context.dialect().selectIdsOfOperation(root.table(),
                root.deletionIdValue(stamp.operation())), (rs, ses) -> rs.getObject(1))) {
            if (ids.size() < marked && (wanted == null || wanted.contains(String.valueOf(id)))) {
                ids.add(id);
            }
        }
        return new EventIds(ids, Math.max(marked, ids.size()));
    }
}

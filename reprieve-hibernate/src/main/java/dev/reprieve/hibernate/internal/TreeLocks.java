package dev.reprieve.hibernate.internal;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.sql.InLists;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Takes the row locks of a delete or restore in one global order before it changes anything: first the
 * ancestors of the rows (through CASCADE and RESTRICT relationships, up to the top of their tree), then the
 * rows themselves; tables parents first, ids ascending within a table. Two operations on the same tree so
 * meet at its top row and run one after the other, instead of each holding rows the other waits for.
 */
public final class TreeLocks {

    private final RuntimeContext context;
    private final CascadePlan plan;
    private final Function<Class<?>, EntityColumns> columns;
    private final Map<String, Integer> rank = new HashMap<>();

    TreeLocks(RuntimeContext context, CascadePlan plan, Function<Class<?>, EntityColumns> columns) {
        this.context = context;
        this.plan = plan;
        this.columns = columns;
        for (SoftDeleteTable table : context.model().tables()) {
            rank.put(table.entityName(), ancestors(table).size());
        }
    }

    /** Locks these rows of {@code table} and every row above them, top first. */
    public void lock(SessionImplementor s, SoftDeleteTable table, List<?> ids) {
        Map<SoftDeleteTable, Map<String, Object>> rows = new HashMap<>();
        Deque<Map.Entry<SoftDeleteTable, List<Object>>> todo = new ArrayDeque<>();
        todo.add(Map.entry(table, add(rows, table, ids)));
        while (!todo.isEmpty()) {
            Map.Entry<SoftDeleteTable, List<Object>> next = todo.poll();
            for (Relation r : plan.parentChecks(next.getKey())) {
                List<Object> parents = add(rows, r.parent(), parentIds(s, r, next.getValue()));
                if (!parents.isEmpty()) {
                    todo.add(Map.entry(r.parent(), parents));
                }
            }
        }
        List<SoftDeleteTable> order = new ArrayList<>(rows.keySet());
        order.sort(Comparator.comparingInt((SoftDeleteTable t) -> rank.get(t.entityName()))
                .thenComparing(SoftDeleteTable::entityName));
        for (SoftDeleteTable t : order) {
            EntityColumns c = columns.apply(t.javaType());
            for (List<?> chunk : InLists.chunks(rows.get(t).values(), context.dialect())) {
                JdbcExecutor.query(s, context.dialect().lockByIds(t, c.idValues(chunk)), (rs, ses) -> Boolean.TRUE);
            }
        }
    }

    /** Locks these rows of {@code table} alone, in id order: for an operation that can wait on no row above them. */
    public void lockRows(SessionImplementor s, SoftDeleteTable table, List<?> ids) {
        EntityColumns c = columns.apply(table.javaType());
        for (List<?> chunk : InLists.chunks(ids, context.dialect())) {
            JdbcExecutor.query(s, context.dialect().lockByIds(table, c.idValues(chunk)), (rs, ses) -> Boolean.TRUE);
        }
    }

    /** @return the ids not seen before, now recorded */
    private static List<Object> add(Map<SoftDeleteTable, Map<String, Object>> rows, SoftDeleteTable table, List<?> ids) {
        Map<String, Object> known = rows.computeIfAbsent(table, t -> new LinkedHashMap<>());
        List<Object> added = new ArrayList<>();
        for (Object id : ids) {
            if (known.putIfAbsent(String.valueOf(id), id) == null) {
                added.add(id);
            }
        }
        return added;
    }

    private List<Object> parentIds(SessionImplementor s, Relation r, List<Object> childIds) {
        EntityColumns child = columns.apply(r.child().javaType());
        EntityColumns parent = columns.apply(r.parent().javaType());
        List<Object> parents = new ArrayList<>();
        for (List<?> chunk : InLists.chunks(childIds, context.dialect())) {
            parents.addAll(JdbcExecutor.query(s, context.dialect().selectParentIds(r, child.idValues(chunk)),
                    (rs, ses) -> parent.id().getJdbcValueExtractor().extract(rs, 1, ses)));
        }
        return parents;
    }

    /** Tables whose delete can reach this one, itself excluded: a parent always has fewer than its child. */
    private Set<String> ancestors(SoftDeleteTable table) {
        Set<String> seen = new HashSet<>();
        Deque<SoftDeleteTable> todo = new ArrayDeque<>(List.of(table));
        while (!todo.isEmpty()) {
            for (Relation r : plan.parentChecks(todo.poll())) {
                if (seen.add(r.parent().entityName())) {
                    todo.add(r.parent());
                }
            }
        }
        seen.remove(table.entityName());
        return seen;
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.cascade.RestrictBlock;
import dev.reprieve.core.spi.cascade.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The soft-deleted rows under one row, found before it is hard-deleted: through CASCADE relationships they
 * are already in the trash and go with it (children before parents, at every depth); through RESTRICT they
 * refuse the hard delete, since the foreign key would otherwise fail with the database's message.
 */
public final class TrashUnder {

    /** One row to remove for good. */
    public record Row(SoftDeleteTable table, Object id) {
    }

    /**
     * @param rows   the soft-deleted rows to remove first, deepest first
     * @param blocks the RESTRICT relationships whose soft-deleted rows refuse the hard delete
     */
    public record Found(List<Row> rows, List<RestrictBlock> blocks) {
        /** @return the rows to remove, by entity name */
        public Map<String, Long> counts() {
            Map<String, Long> counts = new TreeMap<>();
            rows.forEach(r -> counts.merge(r.table().entityName(), 1L, Long::sum));
            return counts;
        }
    }

    private final RuntimeContext context;
    private final CascadePlan plan;
    private final Function<Class<?>, EntityColumns> columns;

    TrashUnder(RuntimeContext context, CascadePlan plan, Function<Class<?>, EntityColumns> columns) {
        this.context = context;
        this.plan = plan;
        this.columns = columns;
    }

    public Found find(SessionImplementor s, SoftDeleteTable table, Object id) {
        List<Row> rows = new ArrayList<>();
        Map<String, RestrictBlock> blocks = new TreeMap<>();
        collect(s, new Row(table, id), rows, blocks, new HashSet<>(Set.of(key(table, id))));
        return new Found(rows, List.copyOf(blocks.values()));
    }

    private void collect(SessionImplementor s, Row parent, List<Row> rows, Map<String, RestrictBlock> blocks,
            Set<String> seen) {
        for (Relation r : plan.graph().from(parent.table().table())) {
            if (!r.childSoftDeletable() || !r.parent().equals(parent.table())) {
                continue;
            }
            if (r.action() == SoftDeleteAction.CASCADE) {
                for (Object child : deletedChildren(s, r, parent.id())) {
                    if (seen.add(key(r.child(), child))) {
                        collect(s, new Row(r.child(), child), rows, blocks, seen);
                        rows.add(new Row(r.child(), child));
                    }
                }
            } else if (r.action() == SoftDeleteAction.RESTRICT) {
                long count = deletedChildren(s, r, parent.id()).size();
                if (count > 0) {
                    blocks.merge(r.name(), new RestrictBlock(r.name(), r.childEntityName(), count),
                            (a, b) -> new RestrictBlock(a.relation(), a.childEntity(), a.count() + b.count()));
                }
            }
        }
    }

    private List<Object> deletedChildren(SessionImplementor s, Relation r, Object parentId) {
        EntityColumns parent = columns.apply(r.parent().javaType());
        EntityColumns child = columns.apply(r.child().javaType());
        return JdbcExecutor.query(s, context.dialect().selectDeletedChildIds(r, parent.idValue(parentId)),
                (rs, ses) -> child.id().getJdbcValueExtractor().extract(rs, 1, ses));
    }

    private static String key(SoftDeleteTable table, Object id) {
        return table.entityName() + "#" + id;
    }
}

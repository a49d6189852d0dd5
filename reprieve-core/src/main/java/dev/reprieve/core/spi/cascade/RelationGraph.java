package dev.reprieve.core.spi.cascade;

import dev.reprieve.core.SoftDeleteTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cascade graph of one persistence unit: every {@link Relation}, indexed by the table it points at and by
 * the table that holds it. Delete, restore, the deletion preview and the admin's erase all walk this one graph,
 * so they agree on which rows depend on which.
 */
public final class RelationGraph {

    private final List<Relation> relations;
    private final Map<String, List<Relation>> byParent = new LinkedHashMap<>();

    public RelationGraph(List<Relation> relations) {
        this.relations = List.copyOf(relations);
        for (Relation r : this.relations) {
            byParent.computeIfAbsent(key(r.parent().table()), k -> new ArrayList<>()).add(r);
        }
    }

    /** @return every relationship, in the order the mapping declared them */
    public List<Relation> relations() {
        return relations;
    }

    /** @return the relationships whose foreign key points at {@code parentTable} (quoted or not, any case) */
    public List<Relation> from(String parentTable) {
        return byParent.getOrDefault(key(parentTable), List.of());
    }

    /**
     * @return the relationships held by soft-deletable {@code child} whose rule forbids an alive child under a
     *         deleted parent: what a restored row must check
     */
    public List<Relation> parentChecks(SoftDeleteTable child) {
        return relations.stream()
                .filter(r -> r.childSoftDeletable() && r.child().equals(child) && r.forbidsAliveChildOfDeletedParent())
                .toList();
    }

    /** Table names compared without identifier quotes and case, as the databases compare them. */
    static String key(String table) {
        return table.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }
}

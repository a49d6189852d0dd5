package dev.reprieve.core.spi.cascade;

import dev.reprieve.core.SoftDeleteTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The relation model of one persistence unit: every single-column foreign key between its tables
 * ({@link TableReference}), and the {@link Relation}s among them that point at a soft-deletable table, with what a
 * soft delete does along each. Delete, restore, the deletion preview and the admin's erase walk the relations; the
 * purge orders its deletes, children first, along the references. One graph, so they all agree on which rows depend
 * on which.
 */
public final class RelationGraph {

    private final List<Relation> relations;
    private final List<TableReference> references;
    private final Map<String, List<Relation>> byParent = new LinkedHashMap<>();

    /** A graph of soft-delete relations only: their own foreign keys are its references. */
    public RelationGraph(List<Relation> relations) {
        this(relations, List.of());
    }

    /**
     * @param relations  the foreign keys into soft-deletable tables, with their soft-delete action
     * @param references every other single-column foreign key of the unit (into plain tables, from join tables);
     *                   a relation's own key is added when missing, so the references are always complete
     */
    public RelationGraph(List<Relation> relations, List<TableReference> references) {
        this.relations = List.copyOf(relations);
        Map<String, TableReference> all = new LinkedHashMap<>();
        for (TableReference reference : references) {
            all.putIfAbsent(key(reference), reference);
        }
        for (Relation r : this.relations) {
            byParent.computeIfAbsent(key(r.parent().table()), k -> new ArrayList<>()).add(r);
            all.putIfAbsent(key(r.reference()), r.reference());
        }
        this.references = List.copyOf(all.values());
    }

    /** @return every single-column foreign key of the unit, the relations' included, in declaration order */
    public List<TableReference> references() {
        return references;
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

    private static String key(TableReference reference) {
        return key(reference.table()) + "." + key(reference.column()) + ">" + key(reference.referencedTable());
    }

    /** Table names compared without identifier quotes and case, as the databases compare them. */
    static String key(String table) {
        return table.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }
}

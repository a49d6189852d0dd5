package dev.reprieve.hibernate.internal;

import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.cascade.RelationGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relationship graph of one persistence unit, and for every soft-deletable type the ordered steps a
 * delete of it takes: which CASCADE relationships to run once, which to repeat until no row changes
 * (cycles such as a comment answering a comment), what RESTRICT must check and what DETACH must clear.
 * Built once at startup; a delete then costs a bounded number of statements per table and level.
 */
public final class CascadePlan {

    /**
     * The cascade of one strongly connected group of tables: relationships from earlier groups run once;
     * relationships inside the group (a cycle) repeat until a pass changes nothing.
     */
    record Step(List<Relation> once, List<Relation> repeat) {
    }

    /**
     * Everything a delete of {@code root} rows reaches.
     *
     * @param members       every soft-deletable table the operation may mark, root first
     * @param steps         the cascade, in dependency order
     * @param restricts     RESTRICT relationships out of any member
     * @param detaches      DETACH relationships out of any member
     * @param restoreChecks relationships a group restore must check for rows that would come back under a
     *                      parent deleted by another operation
     */
    record ForRoot(SoftDeleteTable root, List<SoftDeleteTable> members, List<Step> steps, List<Relation> restricts,
            List<Relation> detaches, List<Relation> restoreChecks) {

        /** @return whether a delete of the root needs nothing beyond marking the root rows */
        boolean trivial() {
            return steps.isEmpty() && restricts.isEmpty() && detaches.isEmpty();
        }

        /** @return whether the cascade marks rows of this table (beyond the rows asked for, for the root) */
        boolean cascadesInto(SoftDeleteTable table) {
            return steps.stream().anyMatch(step -> step.once().stream().anyMatch(r -> r.child().equals(table))
                    || step.repeat().stream().anyMatch(r -> r.child().equals(table)));
        }
    }

    private final RelationGraph graph;
    private final List<Relation> relations;
    private final Map<String, ForRoot> byRoot = new LinkedHashMap<>();

    CascadePlan(SoftDeleteModel model, RelationGraph graph) {
        this.graph = graph;
        this.relations = graph.relations();
        for (SoftDeleteTable table : model.tables()) {
            byRoot.put(table.entityName(), plan(table));
        }
    }

    public List<Relation> relations() {
        return relations;
    }

    /** @return the graph this plan was built from, the one the admin's erase walks too */
    public RelationGraph graph() {
        return graph;
    }

    ForRoot forRoot(SoftDeleteTable root) {
        return byRoot.get(root.entityName());
    }

    /** Relationships whose rule a restored row of {@code child} must not break: its parents must be alive. */
    public List<Relation> parentChecks(SoftDeleteTable child) {
        return graph.parentChecks(child);
    }

    private ForRoot plan(SoftDeleteTable root) {
        Map<SoftDeleteTable, List<Relation>> cascades = new HashMap<>();
        for (Relation r : relations) {
            if (r.action() == SoftDeleteAction.CASCADE) {
                cascades.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Set<SoftDeleteTable>> components = new Tarjan(cascades).componentsFrom(root);
        Collections.reverse(components); // Tarjan finishes sinks first; the cascade needs parents first
        List<SoftDeleteTable> members = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (Set<SoftDeleteTable> component : components) {
            members.addAll(component);
            List<Relation> once = new ArrayList<>();
            List<Relation> repeat = new ArrayList<>();
            for (Relation r : relations) {
                if (r.action() == SoftDeleteAction.CASCADE && component.contains(r.child())) {
                    if (component.contains(r.parent())) {
                        repeat.add(r);
                    } else if (members.contains(r.parent())) {
                        once.add(r);
                    }
                }
            }
            if (!once.isEmpty() || !repeat.isEmpty()) {
                steps.add(new Step(List.copyOf(once), List.copyOf(repeat)));
            }
        }
        List<Relation> restricts = relations.stream()
                .filter(r -> r.action() == SoftDeleteAction.RESTRICT && members.contains(r.parent())).toList();
        List<Relation> detaches = relations.stream()
                .filter(r -> r.action() == SoftDeleteAction.DETACH && members.contains(r.parent())).toList();
        return new ForRoot(root, List.copyOf(members), List.copyOf(steps), restricts, detaches, restoreChecks(root, members));
    }

    /**
     * A row of a non-root table with a single relationship into it came through that relationship, so its
     * parent is in the same operation; every other case must be checked with a query.
     */
    private List<Relation> restoreChecks(SoftDeleteTable root, List<SoftDeleteTable> members) {
        List<Relation> checks = new ArrayList<>();
        for (SoftDeleteTable member : members) {
            List<Relation> into = parentChecks(member);
            if (member.equals(root) || into.size() > 1) {
                checks.addAll(into);
            }
        }
        return List.copyOf(checks);
    }

    /** Strongly connected components of the CASCADE graph reachable from one table (Tarjan's algorithm). */
    private static final class Tarjan {
        private final Map<SoftDeleteTable, List<Relation>> edges;
        private final Map<SoftDeleteTable, Integer> index = new HashMap<>();
        private final Map<SoftDeleteTable, Integer> low = new HashMap<>();
        private final Deque<SoftDeleteTable> stack = new ArrayDeque<>();
        private final Set<SoftDeleteTable> onStack = new LinkedHashSet<>();
        private final List<Set<SoftDeleteTable>> components = new ArrayList<>();

        Tarjan(Map<SoftDeleteTable, List<Relation>> edges) {
            this.edges = edges;
        }

        List<Set<SoftDeleteTable>> componentsFrom(SoftDeleteTable root) {
            visit(root);
            return components;
        }

        private void visit(SoftDeleteTable v) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.push(v);
            onStack.add(v);
            for (Relation r : edges.getOrDefault(v, List.of())) {
                SoftDeleteTable w = r.child();
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                Set<SoftDeleteTable> component = new LinkedHashSet<>();
                SoftDeleteTable w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                components.add(component);
            }
        }
    }
}

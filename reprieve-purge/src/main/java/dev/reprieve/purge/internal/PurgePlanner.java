package dev.reprieve.purge.internal;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.cascade.TableReference;
import dev.reprieve.purge.PurgeMapping;
import dev.reprieve.purge.PurgePolicy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Orders the purge by the foreign keys of the unit's relation graph: for each type with a retention it finds the plain
 * rows to delete with it (join tables, plain child entities, recursively) and the soft-deletable rows that
 * must be purged first, and sorts the types so children are purged before their parents.
 */
public final class PurgePlanner {

    private PurgePlanner() {
    }

    /**
     * @param policies one per soft-deletable type, with or without retention
     * @param mapping  the mapping's foreign keys and soft-delete relations
     * @throws ReprieveException when a plain dependent without a single-column id is itself referenced
     */
    public static PurgePlan plan(Collection<PurgePolicy> policies, PurgeMapping mapping) {
        Map<String, PurgePolicy> byTable = new LinkedHashMap<>();
        policies.forEach(p -> byTable.put(key(p.table().table()), p));
        Map<String, List<TableReference>> referencing = new HashMap<>();
        Map<String, Set<String>> groups = deletionGroups(byTable.keySet(), mapping.graph().relations());
        for (TableReference fk : mapping.graph().references()) {
            referencing.computeIfAbsent(key(fk.referencedTable()), k -> new ArrayList<>()).add(fk);
        }
        Map<String, PurgeStep> steps = new LinkedHashMap<>();
        for (PurgePolicy policy : policies) {
            if (!policy.purged()) {
                continue;
            }
            List<List<TableReference>> dependents = new ArrayList<>();
            List<List<TableReference>> blockers = new ArrayList<>();
            Set<String> visited = new HashSet<>();
            visited.add(key(policy.table().table()));
            walk(key(policy.table().table()), List.of(), referencing, byTable, visited, dependents, blockers, policy);
            dependents.sort(Comparator.comparingInt((List<TableReference> p) -> p.size()).reversed());
            boolean selfReferencing = blockers.stream()
                    .anyMatch(p -> key(p.get(p.size() - 1).table()).equals(key(policy.table().table())));
            Set<String> group = groups.get(key(policy.table().table()));
            List<PurgePolicy> members = policies.stream().filter(p -> group.contains(key(p.table().table()))).toList();
            steps.put(key(policy.table().table()),
                    new PurgeStep(policy, dependents, blockers, members, selfReferencing));
        }
        return new PurgePlan(order(steps), List.copyOf(policies));
    }

    private static void walk(String table, List<TableReference> prefix,
            Map<String, List<TableReference>> referencing, Map<String, PurgePolicy> softDeletable,
            Set<String> visited, List<List<TableReference>> dependents, List<List<TableReference>> blockers,
            PurgePolicy purged) {
        for (TableReference fk : referencing.getOrDefault(table, List.of())) {
            List<TableReference> path = new ArrayList<>(prefix);
            path.add(fk);
            String child = key(fk.table());
            if (softDeletable.containsKey(child)) {
                blockers.add(List.copyOf(path));
                continue;
            }
            if (!visited.add(child)) {
                continue;
            }
            dependents.add(List.copyOf(path));
            if (referencing.containsKey(child)) {
                if (fk.idColumn() == null) {
                    throw new ReprieveException("Cannot purge " + purged.entityName() + ": its dependent table "
                            + fk.table() + " has no single-column primary key but is referenced by "
                            + referencing.get(child).get(0).table());
                }
                walk(child, path, referencing, softDeletable, visited, dependents, blockers, purged);
            }
        }
    }

    /**
     * Which tables' rows can share a deletion group with each table's: one delete stamps its root rows and
     * the rows its cascades reach with one deletion id, so the tables joined by cascading relations, in
     * either direction, form one group of candidates (every table is a member of its own).
     */
    private static Map<String, Set<String>> deletionGroups(Set<String> tables, List<Relation> relations) {
        Map<String, Set<String>> groups = new HashMap<>();
        tables.forEach(t -> groups.put(t, new LinkedHashSet<>(Set.of(t))));
        for (Relation r : relations) {
            if (r.action() != SoftDeleteAction.CASCADE || !r.childSoftDeletable()) {
                continue;
            }
            Set<String> parent = groups.computeIfAbsent(key(r.parent().table()), t -> new LinkedHashSet<>(Set.of(t)));
            Set<String> child = groups.computeIfAbsent(key(r.childTable()), t -> new LinkedHashSet<>(Set.of(t)));
            if (parent != child) {
                parent.addAll(child);
                child.forEach(t -> groups.put(t, parent));
            }
        }
        return groups;
    }

    /** Children first: a type whose rows block another's comes before it; cycles keep declaration order. */
    private static List<PurgeStep> order(Map<String, PurgeStep> steps) {
        Map<String, Set<String>> mustComeAfter = new LinkedHashMap<>();
        for (Map.Entry<String, PurgeStep> e : steps.entrySet()) {
            Set<String> before = new LinkedHashSet<>();
            for (List<TableReference> blocker : e.getValue().blockers()) {
                String child = key(blocker.get(blocker.size() - 1).table());
                if (!child.equals(e.getKey()) && steps.containsKey(child)) {
                    before.add(child);
                }
            }
            mustComeAfter.put(e.getKey(), before);
        }
        List<PurgeStep> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(steps.keySet());
        int stalled = 0;
        while (!pending.isEmpty()) {
            String next = pending.poll();
            if (done.containsAll(mustComeAfter.get(next)) || stalled > pending.size()) {
                boolean cyclic = !done.containsAll(mustComeAfter.get(next));
                PurgeStep step = steps.get(next);
                ordered.add(cyclic ? new PurgeStep(step.policy(), step.dependents(), step.blockers(),
                        step.groupMembers(), true) : step);
                done.add(next);
                stalled = 0;
            } else {
                pending.add(next);
                stalled++;
            }
        }
        return ordered;
    }

    static String key(String table) {
        String name = table.replace("\"", "").replace("`", "").trim();
        int dot = name.lastIndexOf('.');
        return (dot >= 0 ? name.substring(dot + 1) : name).toLowerCase(Locale.ROOT);
    }
}

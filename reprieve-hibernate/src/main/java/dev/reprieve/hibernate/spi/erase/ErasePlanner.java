package dev.reprieve.hibernate.spi.erase;

import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.cascade.RelationGraph;
import dev.reprieve.core.spi.sql.InLists;
import dev.reprieve.core.spi.sql.SqlExecutor;
import dev.reprieve.core.spi.sql.SqlStatement;
import dev.reprieve.core.spi.sql.TrashSql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.hibernate.Session;

/**
 * Works out what erasing rows would take along: its dependents through the cascade relationships, level
 * by level, one query per relationship and level (ids in chunks of the dialect's IN-list limit), never loading entities. Each
 * row gets the length of its longest path from the root, so erasing deepest first never breaks a foreign key.
 * The one walk of the cascade graph for erasing: the admin's erase of a trashed row and the erasure of a data
 * subject both plan with it.
 */
public final class ErasePlanner {

    /** Self-referencing data could cycle; no real tree is this deep. */
    private static final int MAX_DEPTH = 64;

    /**
     * The outcome: rows by depth, rows to detach, and what blocks.
     *
     * @param blocks     everything that stops an erase of trashed rows, alive rows taken along included
     * @param aliveTaken alive soft-deletable rows the erase would take along, per entity (also in {@code blocks})
     */
    public record Plan(Map<String, Map<Object, Integer>> depthByTable, Map<String, SoftDeleteTable> tables,
            Map<String, String> entityOfTable, Map<String, String> idColumnOfTable, Map<String, Long> detached,
            List<DetachStep> detaches, List<CountedStep> counted, List<String> blocks, List<String> refusals,
            Map<String, Long> aliveTaken) {

        /** @return rows per entity, the root's type first, then as the cascade reached them */
        public Map<String, Long> counts() {
            return counts(Map.of());
        }

        /**
         * @param erasedByTable rows the counted steps of soft-deletable children erased, by table
         * @return rows per entity, the root's type first, then as the cascade reached them
         */
        public Map<String, Long> counts(Map<String, Long> erasedByTable) {
            Map<String, Long> byTable = new LinkedHashMap<>();
            depthByTable.forEach((table, rows) -> byTable.merge(table, (long) rows.size(), Long::sum));
            counted.stream().filter(step -> step.rows() >= 0)
                    .forEach(step -> byTable.merge(step.relation().childTable(), step.rows(), Long::sum));
            erasedByTable.forEach((table, rows) -> byTable.merge(table, rows, Long::sum));
            Map<String, Long> counts = new LinkedHashMap<>();
            entityOfTable.forEach((table, entity) -> {
                Long rows = byTable.get(table);
                if (rows != null && rows > 0) {
                    counts.merge(entity, rows, Long::sum);
                }
            });
            return counts;
        }

        /**
         * A stable digest of exactly which rows would be erased and detached: the ids read, and for the rows
         * counted instead of read, their summaries (see {@link ErasePlanner#summarize}).
         */
        public String fingerprint(Map<String, String> countedSummaries) {
            TreeSet<String> keys = new TreeSet<>();
            depthByTable.forEach((table, rows) -> rows.keySet().forEach(id -> keys.add(table + ":" + id)));
            detached.forEach((name, n) -> keys.add("detach:" + name + ":" + n));
            countedSummaries.forEach((name, summary) -> keys.add("counted:" + name + ":" + summary));
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                keys.forEach(k -> digest.update((k + "\n").getBytes(StandardCharsets.UTF_8)));
                return HexFormat.of().formatHex(digest.digest()).substring(0, 20);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * What a confirmed erase checks before it deletes: the plan's fingerprint, and how many rows each counted
     * soft-deletable table must lose (its DELETE by parent ids must remove exactly these, or the rows changed).
     */
    public record Fingerprint(String text, Map<String, Long> countedRowsByTable) {
    }

    /** References to NULL before the parents go. */
    public record DetachStep(Relation relation, List<Object> parentIds) {
    }

    /**
     * Children of a leaf relationship not read one by one: erased by their parents' ids ({@code DELETE ... WHERE
     * foreign key IN (parents)}). Soft-deletable children were checked to have no alive row among them and only
     * deleted ones are erased ({@code rows} is -1: the DELETE tells how many); other children were counted and
     * the DELETE must remove exactly {@code rows} rows.
     */
    public record CountedStep(Relation relation, List<Object> parentIds, long rows) {
    }

    private final TrashSql sql;
    private final RelationGraph graph;

    public ErasePlanner(TrashSql sql, RelationGraph graph) {
        this.sql = sql;
        this.graph = graph;
    }

    /** A plan that reads every row's id: for the impact page and a confirmed erase, whose fingerprint names the rows. */
    public Plan plan(Session session, SoftDeleteTable root, Object rootId) {
        return plan(session, root, List.of(rootId), r -> false);
    }

    /** Like {@link #plan(Session, SoftDeleteTable, Collection, Predicate)} for one root row. */
    public Plan plan(Session session, SoftDeleteTable root, Object rootId, Predicate<Relation> countable) {
        return plan(session, root, List.of(rootId), countable);
    }

    /**
     * @param countable the CASCADE relationships whose children may be counted instead of read (a leaf table that
     *                  only this relationship reaches): they are then erased by their parents' ids, and the plan
     *                  has no fingerprint when any was counted
     * @param rootIds   the rows asked for, of {@code root}'s table: each at depth 0
     */
    public Plan plan(Session session, SoftDeleteTable root, Collection<?> rootIds, Predicate<Relation> countable) {
        List<CountedStep> counted = new ArrayList<>();
        Map<Relation, Set<Object>> countedParents = new HashMap<>();
        Map<String, Map<Object, Integer>> depth = new LinkedHashMap<>();
        Map<String, SoftDeleteTable> tables = new LinkedHashMap<>();
        Map<String, String> entityOf = new LinkedHashMap<>();
        Map<String, String> idColumns = new LinkedHashMap<>();
        Map<String, Long> detached = new TreeMap<>();
        List<DetachStep> detaches = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        tables.put(root.table(), root);
        entityOf.put(root.table(), root.entityName());
        idColumns.put(root.table(), root.idColumn());
        List<Object> start = new ArrayList<>();
        Map<Object, Integer> roots = depth.computeIfAbsent(root.table(), t -> new LinkedHashMap<>());
        for (Object rootId : rootIds) {
            Object id = normalize(rootId);
            if (roots.putIfAbsent(id, 0) == null) {
                start.add(id);
            }
        }

        Map<String, List<Object>> frontier = new LinkedHashMap<>();
        if (!start.isEmpty()) {
            frontier.put(root.table(), start);
        }
        Map<String, Long> blocked = new TreeMap<>();
        Map<String, Long> aliveTaken = new TreeMap<>();
        for (int level = 1; !frontier.isEmpty(); level++) {
            if (level > MAX_DEPTH) {
                blocks.add("dependents are nested more than " + MAX_DEPTH + " levels deep (a reference cycle?); erase refused");
                break;
            }
            Map<String, List<Object>> next = new LinkedHashMap<>();
            for (var entry : frontier.entrySet()) {
                for (Relation edge : graph.from(entry.getKey())) {
                    boolean count = edge.action() == SoftDeleteAction.CASCADE && countable.test(edge);
                    for (List<Object> chunk : InLists.chunks(entry.getValue(), sql.dialect())) {
                        if (count) {
                            Set<Object> done = countedParents.computeIfAbsent(edge, e -> new HashSet<>());
                            List<Object> fresh = chunk.stream().filter(done::add).toList();
                            if (fresh.isEmpty()) {
                                continue;
                            }
                            tables.putIfAbsent(edge.childTable(), edge.child());
                            entityOf.putIfAbsent(edge.childTable(), edge.childEntityName());
                            idColumns.putIfAbsent(edge.childTable(), edge.childIdColumn());
                            if (edge.child() != null) {
                                long alive = number(session, sql.countAliveChildren(edge.childTable(), edge.foreignKeyColumn(),
                                        edge.child(), fresh), "alive_count", 0);
                                if (alive > 0) {
                                    aliveTaken.merge(edge.childEntityName(), alive, Long::sum);
                                }
                                counted.add(new CountedStep(edge, fresh, -1));
                            } else {
                                long rows = number(session, sql.countChildren(edge.childTable(), edge.foreignKeyColumn(),
                                        null, fresh), "row_count", 0);
                                if (rows > 0) {
                                    counted.add(new CountedStep(edge, fresh, rows));
                                }
                            }
                            continue;
                        }
                        List<Object[]> children = children(session, edge, chunk);
                        if (children.isEmpty()) {
                            continue;
                        }
                        // what the soft delete does to the children, erasing does for good: CASCADE erases them,
                        // DETACH clears their reference; RESTRICT and IGNORE stop the erase, as the foreign key would
                        switch (edge.action()) {
                            case RESTRICT, IGNORE -> blocked.merge(edge.name(), (long) children.size(), Long::sum);
                            case DETACH -> {
                                detached.merge(edge.name(), (long) children.size(), Long::sum);
                                detaches.add(new DetachStep(edge, chunk));
                            }
                            case CASCADE -> {
                                tables.putIfAbsent(edge.childTable(), edge.child());
                                entityOf.putIfAbsent(edge.childTable(), edge.childEntityName());
                                idColumns.putIfAbsent(edge.childTable(), edge.childIdColumn());
                                Map<Object, Integer> known = depth.computeIfAbsent(edge.childTable(), t -> new LinkedHashMap<>());
                                for (Object[] child : children) {
                                    if (edge.child() != null && child[1] == null) {
                                        aliveTaken.merge(edge.childEntityName(), 1L, Long::sum);
                                    }
                                    Integer before = known.get(child[0]);
                                    if (before == null || before < level) {
                                        known.put(child[0], level);
                                        next.computeIfAbsent(edge.childTable(), t -> new ArrayList<>()).add(child[0]);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            frontier = next;
        }
        blocked.forEach((name, n) -> blocks.add(n + " row" + (n == 1 ? "" : "s") + " reference it through " + name
                + ", which does not cascade: erase or detach them first"));
        List<String> refusals = List.copyOf(blocks);
        aliveTaken.forEach((entity, n) -> blocks.add(n + " alive " + entity + " row" + (n == 1 ? "" : "s")
                + " would be erased with it: delete " + (n == 1 ? "it" : "them") + " in the application first, or restore the group"));
        return new Plan(depth, tables, entityOf, idColumns, detached, detaches, counted, blocks, refusals, aliveTaken);
    }

    /**
     * The plan's fingerprint. Rows counted instead of read are summarized in the database per relationship
     * (count, smallest and largest id, checksum of the ids; integer ids only), so a confirmed erase of a large
     * group names its rows without reading them.
     */
    public Fingerprint summarize(Session session, Plan plan) {
        Map<String, long[]> byRelation = new TreeMap<>();
        Map<String, Long> rowsByTable = new LinkedHashMap<>();
        for (CountedStep step : plan.counted()) {
            Relation r = step.relation();
            Object[] row = rows(session, sql.childrenSummary(r.childTable(), r.childIdColumn(),
                    r.foreignKeyColumn(), r.child(), step.parentIds()), "#row_count", "#min_id", "#max_id",
                    "#id_checksum").get(0);
            long rows = ((Number) row[0]).longValue();
            if (rows == 0) {
                continue;
            }
            long min = ((Number) row[1]).longValue();
            long max = ((Number) row[2]).longValue();
            long checksum = ((Number) row[3]).longValue();
            byRelation.merge(r.name() + ":" + r.childTable() + "." + r.foreignKeyColumn(), new long[] {rows, min, max, checksum},
                    (a, b) -> new long[] {a[0] + b[0], Math.min(a[1], b[1]), Math.max(a[2], b[2]), a[3] + b[3]});
            rowsByTable.merge(r.childTable(), rows, Long::sum);
        }
        Map<String, String> summaries = new TreeMap<>();
        byRelation.forEach((name, s) -> summaries.put(name, s[0] + "/" + s[1] + "/" + s[2] + "/" + s[3]));
        return new Fingerprint(plan.fingerprint(summaries), rowsByTable);
    }

    /** @return the number in the first row's column {@code index} (named {@code column}) */
    private long number(Session session, SqlStatement query, String column, int index) {
        return ((Number) rows(session, query, "#" + column).get(0)[index]).longValue();
    }

    private List<Object[]> children(Session session, Relation edge, List<Object> parentIds) {
        List<Object[]> rows = rows(session, sql.children(edge.childTable(), edge.childIdColumn(),
                edge.foreignKeyColumn(), edge.child(), parentIds), "child_id", "@child_deleted_at");
        for (Object[] row : rows) {
            row[0] = normalize(row[0]);
        }
        return rows;
    }

    /**
     * Reads rows through Reprieve's one {@link SqlExecutor} on the session's connection; a column label starting
     * with {@code #} is read as a long, with {@code @} as an instant (as the dialect stores them), else as given.
     */
    private List<Object[]> rows(Session session, SqlStatement query, String... columns) {
        SqlExecutor executor = SqlExecutor.forDialect(sql.dialect());
        return session.doReturningWork(connection -> executor.query(connection, query, rs -> read(rs, columns)));
    }

    private Object[] read(ResultSet rs, String[] columns) throws SQLException {
        Object[] row = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String c = columns[i];
            if (c.startsWith("#")) {
                long value = rs.getLong(rs.findColumn(c.substring(1)));
                row[i] = rs.wasNull() ? null : value;
            } else if (c.startsWith("@")) {
                row[i] = sql.dialect().readInstant(rs, rs.findColumn(c.substring(1)));
            } else {
                row[i] = rs.getObject(rs.findColumn(c));
            }
        }
        return row;
    }

    /** JDBC returns ints, longs or BigDecimals for the same id column depending on the database. */
    public static Object normalize(Object id) {
        if (id instanceof Number n && !(id instanceof Long)) {
            return n.longValue();
        }
        return id;
    }

}

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.schema.ForeignKey;
import dev.reprieve.core.schema.ForeignKeyPolicy;
import dev.reprieve.core.schema.SchemaFinding.Kind;
import dev.reprieve.core.schema.SchemaFinding;
import dev.reprieve.core.schema.SchemaReport;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.sql.QualifiedNames;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the live schema of every soft-deletable table through JDBC {@link DatabaseMetaData} and reports what
 * would break soft delete: plain unique constraints, a missing soft-delete index, declared unique-when-alive
 * keys no index enforces, and foreign keys whose ON DELETE rule the {@link ForeignKeyPolicy} refuses.
 */
final class SchemaInspector {

    private final SoftDeleteModel model;
    private final List<UniqueAliveConstraint> keys;
    private final Optional<String> aliveMarker;
    private final ForeignKeyPolicy policy;
    private final List<SchemaFinding> mappingFindings;
    private final Map<String, Location> locations;

    public SchemaInspector(SoftDeleteModel model, List<UniqueAliveConstraint> keys, Optional<String> aliveMarker,
            ForeignKeyPolicy policy) {
        this(model, keys, aliveMarker, policy, List.of(), Map.of());
    }

    /**
     * @param mappingFindings what the mapping alone shows (see {@link RelationReader#plainParentCascades})
     * @param locations       where each entity's table lives, by entity name, as {@link DatabaseMetaData} names the
     *                        catalog and schema; an entity without one lives in the connection's current schema
     */
    public SchemaInspector(SoftDeleteModel model, List<UniqueAliveConstraint> keys, Optional<String> aliveMarker,
            ForeignKeyPolicy policy, List<SchemaFinding> mappingFindings, Map<String, Location> locations) {
        this.mappingFindings = List.copyOf(mappingFindings);
        this.locations = Map.copyOf(locations);
        this.model = model;
        this.keys = List.copyOf(keys);
        this.aliveMarker = aliveMarker.map(SchemaInspector::bare);
        this.policy = policy;
    }

    /** One index as the catalog describes it. */
    record Index(String name, boolean unique, List<String> columns, String filter) {
    }

    /** The catalog and schema of a table as {@link DatabaseMetaData} expects them; {@code null}: any. */
    record Location(String catalog, String schema) {
    }

    public SchemaReport inspect(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Location current = new Location(connection.getCatalog(), connection.getSchema());
        Map<Location, Map<String, String>> actualNames = new HashMap<>();
        List<SchemaFinding> findings = new ArrayList<>(mappingFindings);
        for (SoftDeleteTable table : model.tables()) {
            Location location = locations.getOrDefault(table.entityName(), current);
            String catalog = location.catalog();
            String schema = location.schema();
            Map<String, String> names = actualNames.get(location);
            if (names == null) {
                names = tableNames(meta, catalog, schema);
                actualNames.put(location, names);
            }
            String actual = names.get(bare(QualifiedNames.unqualified(table.table())));
            if (actual == null) {
                continue; // not created (yet): nothing to judge
            }
            Map<String, Index> indexes = indexes(meta, catalog, schema, actual);
            List<String> primaryKey = primaryKey(meta, catalog, schema, actual);
            checkReasonColumn(table, meta, catalog, schema, actual, findings);
            checkUniques(table, indexes.values(), primaryKey, findings);
            checkSoftDeleteIndex(table, indexes.values(), findings);
            checkDeclaredKeys(table, indexes.values(), findings);
            checkForeignKeys(table, meta, catalog, schema, actual, findings);
            checkKeysIntoPlainTables(table, meta, catalog, schema, actual, findings);
        }
        return new SchemaReport(true, findings);
    }

    private void checkUniques(SoftDeleteTable table, Iterable<Index> indexes, List<String> primaryKey,
            List<SchemaFinding> findings) {
        for (Index index : indexes) {
            if (index.unique() && !index.columns().equals(primaryKey) && !aliveAware(table, index)
                    && !index.columns().contains(bare(table.deletedAtColumn()))
                    && !index.columns().contains(bare(table.deletionIdColumn()))) {
                findings.add(new SchemaFinding(Kind.PLAIN_UNIQUE_CONSTRAINT, table.entityName(), table.table(),
                        index.name(), "unique " + index.columns() + " counts deleted rows too: a deleted "
                        + table.entityName() + " keeps its value and no new row can take it; declare"
                        + " @UniqueWhenAlive instead (see docs/schema.md)"));
            }
        }
    }

    private static void checkReasonColumn(SoftDeleteTable table, DatabaseMetaData meta, String catalog,
            String schema, String actual, List<SchemaFinding> findings) throws SQLException {
        if (table.deletionReasonColumn() == null) {
            return;
        }
        String wanted = bare(table.deletionReasonColumn());
        try (ResultSet rs = meta.getColumns(catalog, schema, actual, null)) {
            while (rs.next()) {
                if (wanted.equals(bare(rs.getString("COLUMN_NAME")))) {
                    return;
                }
            }
        }
        findings.add(new SchemaFinding(Kind.MISSING_DELETION_REASON_COLUMN, table.entityName(), table.table(),
                table.deletionReasonColumn(), table.entityName() + " declares deletionReason but the table has no "
                + table.deletionReasonColumn() + " column: every delete would fail; add it as docs/schema.md shows"));
    }

    private void checkSoftDeleteIndex(SoftDeleteTable table, Iterable<Index> indexes, List<SchemaFinding> findings) {
        String deletedAt = bare(table.deletedAtColumn());
        for (Index index : indexes) {
            if (index.columns().contains(deletedAt) || mentions(index.filter(), deletedAt)) {
                return;
            }
        }
        findings.add(new SchemaFinding(Kind.MISSING_SOFT_DELETE_INDEX, table.entityName(), table.table(),
                table.deletedAtColumn(), "no index on " + table.deletedAtColumn() + ": alive reads and trash scans"
                + " read the whole table; create the indexes in docs/schema.md"));
    }

    private void checkDeclaredKeys(SoftDeleteTable table, Iterable<Index> indexes, List<SchemaFinding> findings) {
        for (UniqueAliveConstraint key : keys) {
            if (!key.table().equals(table)) {
                continue;
            }
            List<String> wanted = key.columns().stream().map(SchemaInspector::bare).toList();
            boolean enforced = false;
            for (Index index : indexes) {
                List<String> columns = new ArrayList<>(index.columns());
                aliveMarker.ifPresent(columns::remove);
                enforced |= index.unique() && aliveAware(table, index) && columns.equals(wanted);
            }
            if (!enforced) {
                findings.add(new SchemaFinding(Kind.MISSING_UNIQUE_WHEN_ALIVE_INDEX, table.entityName(), table.table(),
                        key.indexName(), "@UniqueWhenAlive " + key.describeAttributes() + " is not enforced by the"
                        + " database: two alive rows may share a value; create " + key.indexName()
                        + " as docs/schema.md shows"));
            }
        }
    }

    private void checkForeignKeys(SoftDeleteTable table, DatabaseMetaData meta, String catalog, String schema,
            String actual, List<SchemaFinding> findings) throws SQLException {
        Map<String, ForeignKey> keysByName = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String>> columns = new HashMap<>();
        try (ResultSet rs = meta.getExportedKeys(catalog, schema, actual)) {
            while (rs.next()) {
                String child = rs.getString("FKTABLE_NAME");
                String name = rs.getString("FK_NAME");
                String id = child + "." + name;
                columns.computeIfAbsent(id, k -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"), rs.getString("FKCOLUMN_NAME"));
                ForeignKey.Rule rule = rule(rs.getShort("DELETE_RULE"));
                keysByName.putIfAbsent(id, new ForeignKey(name, child, List.of(), table, rule,
                        model.forTable(child).orElse(null)));
            }
        }
        for (Map.Entry<String, ForeignKey> e : keysByName.entrySet()) {
            ForeignKey fk = e.getValue();
            ForeignKey full = new ForeignKey(fk.name(), fk.childTable(), List.copyOf(columns.get(e.getKey()).values()),
                    fk.parent(), fk.onDelete(), fk.childSoftDeletable());
            policy.problem(full).ifPresent(problem -> findings.add(new SchemaFinding(Kind.FOREIGN_KEY_RULE,
                    table.entityName(), table.table(), full.name(), problem)));
        }
    }

    /**
     * Foreign keys from a soft-deletable table into a plain one with {@code ON DELETE CASCADE}: deleting the
     * plain parent, which is a real DELETE, would erase the soft-deletable rows for good, alive or in the trash.
     */
    private void checkKeysIntoPlainTables(SoftDeleteTable table, DatabaseMetaData meta, String catalog, String schema,
            String actual, List<SchemaFinding> findings) throws SQLException {
        Map<String, List<String>> cascading = new LinkedHashMap<>();
        Map<String, String> parents = new HashMap<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, actual)) {
            while (rs.next()) {
                String parent = rs.getString("PKTABLE_NAME");
                if (model.forTable(parent).isPresent() || rule(rs.getShort("DELETE_RULE")) != ForeignKey.Rule.CASCADE) {
                    continue;
                }
                String name = rs.getString("FK_NAME");
                cascading.computeIfAbsent(name, k -> new ArrayList<>()).add(rs.getString("FKCOLUMN_NAME"));
                parents.put(name, parent);
            }
        }
        cascading.forEach((name, columns) -> findings.add(new SchemaFinding(Kind.FOREIGN_KEY_RULE, table.entityName(),
                table.table(), name, "ON DELETE CASCADE on " + table.table() + columns + " into plain table "
                        + parents.get(name) + ": deleting a " + parents.get(name) + " row (a real DELETE) erases "
                        + table.entityName() + " rows for good, alive or in the trash, behind the soft-delete model's"
                        + " back; use NO ACTION/RESTRICT, or make " + parents.get(name) + " soft-deletable")));
    }

    /** A partial index over alive rows, or an index over the generated alive marker. */
    private boolean aliveAware(SoftDeleteTable table, Index index) {
        return mentions(index.filter(), bare(table.deletedAtColumn()))
                || aliveMarker.map(index.columns()::contains).orElse(false);
    }

    private static boolean mentions(String filter, String column) {
        return filter != null && bare(filter).contains(column);
    }

    private static Map<String, String> tableNames(DatabaseMetaData meta, String catalog, String schema)
            throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if (type != null && type.toUpperCase(Locale.ROOT).contains("TABLE")
                        && !type.toUpperCase(Locale.ROOT).contains("SYSTEM")) {
                    names.putIfAbsent(bare(rs.getString("TABLE_NAME")), rs.getString("TABLE_NAME"));
                }
            }
        }
        return names;
    }

    private static Map<String, Index> indexes(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new HashMap<>();
        Map<String, String> filters = new HashMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                columns.computeIfAbsent(name, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        column == null ? "" : bare(column));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
                String filter = rs.getString("FILTER_CONDITION");
                if (filter != null) {
                    filters.put(name, filter);
                }
            }
        }
        Map<String, Index> indexes = new LinkedHashMap<>();
        columns.forEach((name, cols) -> indexes.put(name,
                new Index(name, unique.get(name), List.copyOf(cols.values()), filters.get(name))));
        return indexes;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        TreeMap<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                columns.put((int) rs.getShort("KEY_SEQ"), bare(rs.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(columns.values());
    }

    private static ForeignKey.Rule rule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ForeignKey.Rule.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> ForeignKey.Rule.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ForeignKey.Rule.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict -> ForeignKey.Rule.RESTRICT;
            default -> ForeignKey.Rule.NO_ACTION;
        };
    }

    /** Lower case, no quotes: catalogs differ in case, mappings in quoting. */
    static String bare(String identifier) {
        return identifier.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }
}

package dev.reprieve.core.spi;

import dev.reprieve.core.HardDeleteRefusedException;
import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.SoftDeleteTable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last line of defence against accidental data loss: looks at every SQL statement about to run and
 * refuses a {@code DELETE} on a soft-deletable table unless the thread is inside {@link HardDeletes}.
 * It catches what no higher layer sees: JPQL and Criteria bulk deletes, native queries, cascades.
 */
public final class HardDeleteGuard {

    private static final Pattern DELETE = Pattern.compile(
            "^\\s*(?:/\\*.*?\\*/\\s*)*delete\\s(.*?)(?:\\swhere\\s.*)?$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[\\w.\"`]+");

    private final SoftDeleteModel model;
    /** Schema each soft-deletable table lives in, by entity name; absent when the mapping names none. */
    private final Map<String, String> schemaByEntity;
    /** The schemas an unqualified name resolves to on this unit's connections; empty when unknown. */
    private final Set<String> defaultSchemas;
    private final boolean schemaAware;

    /** A guard that matches table names in any schema: for a unit whose schemas are not known. */
    public HardDeleteGuard(SoftDeleteModel model) {
        this.model = model;
        this.schemaByEntity = Map.of();
        this.defaultSchemas = Set.of();
        this.schemaAware = false;
    }

    /**
     * A guard for one persistence unit that tells same-named tables of other schemas apart.
     *
     * @param schemaByEntity the schema (or, where the database calls it so, catalog) each soft-deletable entity's
     *                       table is mapped to, by entity name; entities without one live in the default schema
     * @param defaultSchemas the schemas an unqualified table name may resolve to on this unit's connections (its
     *                       configured default and the connection's current one); empty when unknown, and then
     *                       an unqualified name is refused whatever schema it might mean
     */
    public HardDeleteGuard(SoftDeleteModel model, Map<String, String> schemaByEntity, Set<String> defaultSchemas) {
        this.model = model;
        Map<String, String> schemas = new HashMap<>();
        schemaByEntity.forEach((entity, schema) -> {
            if (schema != null && !schema.isBlank()) {
                schemas.put(entity, unquote(schema));
            }
        });
        this.schemaByEntity = Map.copyOf(schemas);
        this.defaultSchemas = defaultSchemas.stream().filter(s -> s != null && !s.isBlank())
                .map(HardDeleteGuard::unquote).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.schemaAware = true;
    }

    /**
     * @return the statement unchanged when allowed
     * @throws HardDeleteRefusedException when it deletes from a soft-deletable table outside {@link HardDeletes}
     */
    public String check(String sql) {
        if (sql == null || !startsWithDelete(sql) || HardDeletes.allowed()) {
            return sql;
        }
        Matcher delete = DELETE.matcher(sql);
        if (delete.matches()) {
            // every name before WHERE: covers DELETE FROM t, DELETE t FROM t, DELETE a FROM t a JOIN u ...
            Matcher name = NAME.matcher(delete.group(1));
            while (name.find()) {
                if (refused(name.group())) {
                    throw new HardDeleteRefusedException(name.group(), sql);
                }
            }
        }
        return sql;
    }

    /** Whether a name found before WHERE is one of this unit's soft-deletable tables. */
    private boolean refused(String name) {
        Optional<SoftDeleteTable> table = model.forTable(name);
        if (table.isEmpty() || !schemaAware) {
            return table.isPresent();
        }
        String plain = unquote(name);
        int dot = plain.lastIndexOf('.');
        String mapped = schemaByEntity.get(table.get().entityName());
        if (dot < 0) {
            // an unqualified name means the connection's schema: ours when the table lives there, or when unknown
            return mapped == null || defaultSchemas.isEmpty() || defaultSchemas.contains(mapped);
        }
        String qualifier = plain.substring(0, dot);
        qualifier = qualifier.substring(qualifier.lastIndexOf('.') + 1); // catalog.schema.table: the schema
        if (mapped != null) {
            return mapped.equals(qualifier);
        }
        return defaultSchemas.isEmpty() || defaultSchemas.contains(qualifier);
    }

    private static String unquote(String name) {
        return name.replace("\"", "").replace("`", "").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The cheap test every statement passes through: does it begin, after blanks and comments, with
     * {@code delete}? Only those go on to the regular expressions.
     */
    static boolean startsWithDelete(String sql) {
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else {
                return sql.regionMatches(true, i, "delete", 0, 6);
            }
        }
        return false;
    }
}

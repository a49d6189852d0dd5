package dev.reprieve.core.spi;

import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.SoftDeleteTable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every soft-deletable type of one persistence unit, looked up by entity name, class or table. */
public final class SoftDeleteModel {

    private final Map<String, SoftDeleteTable> byEntityName = new LinkedHashMap<>();
    private final Map<Class<?>, SoftDeleteTable> byJavaType = new LinkedHashMap<>();
    private final Map<String, SoftDeleteTable> byTable = new LinkedHashMap<>();

    public SoftDeleteModel(Collection<SoftDeleteTable> tables) {
        for (SoftDeleteTable table : tables) {
            byEntityName.put(table.entityName(), table);
            byJavaType.put(table.javaType(), table);
            byTable.put(normalize(table.table()), table);
        }
    }

    public Collection<SoftDeleteTable> tables() {
        return Collections.unmodifiableCollection(byEntityName.values());
    }

    public Optional<SoftDeleteTable> forEntityName(String entityName) {
        return Optional.ofNullable(byEntityName.get(entityName));
    }

    /** Finds the table of a class or of its nearest mapped superclass (Hibernate proxies are subclasses). */
    public Optional<SoftDeleteTable> forType(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            SoftDeleteTable table = byJavaType.get(c);
            if (table != null) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    /** The table for a class, or a clear error when the class is not soft-deletable. */
    public SoftDeleteTable require(Class<?> type) {
        return forType(type).orElseThrow(() -> new NotSoftDeletableException(
                type.getName() + " is not soft-deletable: annotate the entity with @SoftDeletable"
                        + " or extend SoftDeletableEntity"));
    }

    /** Looks a table up by its name, ignoring case, quotes and any schema prefix. */
    public Optional<SoftDeleteTable> forTable(String tableName) {
        return Optional.ofNullable(byTable.get(normalize(tableName)));
    }

    public boolean isSoftDeletable(Class<?> type) {
        return forType(type).isPresent();
    }

    static String normalize(String tableName) {
        String name = tableName.replace("\"", "").replace("`", "").trim();
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            name = name.substring(dot + 1);
        }
        return name.toLowerCase(Locale.ROOT);
    }
}

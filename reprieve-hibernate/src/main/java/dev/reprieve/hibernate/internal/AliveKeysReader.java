package dev.reprieve.hibernate.internal;

import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.SoftDeletable;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.UniqueWhenAlive;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;

/**
 * Reads, from Hibernate's boot mapping, the keys that need alive-aware indexes: every
 * {@link UniqueWhenAlive} key and every many-to-one foreign-key column of a soft-deletable table.
 * A key that cannot be enforced fails here, at startup, naming the entity and the attribute.
 */
final class AliveKeysReader {

    /** The alive-aware keys of one soft-deletable table. */
    record TableKeys(SoftDeleteTable table, List<UniqueAliveConstraint> uniques, List<String> foreignKeyColumns) {
    }

    private AliveKeysReader() {
    }

    static Map<SoftDeleteTable, TableKeys> read(Iterable<PersistentClass> entities, SoftDeleteModel model) {
        Map<SoftDeleteTable, List<UniqueAliveConstraint>> uniques = new LinkedHashMap<>();
        Map<SoftDeleteTable, Set<String>> foreignKeys = new LinkedHashMap<>();
        for (PersistentClass entity : entities) {
            Class<?> type = entity.getMappedClass();
            if (type == null) {
                continue;
            }
            SoftDeleteTable table = model.forType(entity.getRootClass().getMappedClass()).orElse(null);
            if (table == null) {
                refuseOnPlainEntity(entity);
                continue;
            }
            for (Class<?> c : declaringClasses(entity)) {
                for (UniqueWhenAlive key : c.getDeclaredAnnotationsByType(UniqueWhenAlive.class)) {
                    if (key.attributes().length == 0) {
                        throw new ReprieveException("@UniqueWhenAlive on the class " + entity.getEntityName()
                                + " must name its attributes, e.g. @UniqueWhenAlive(attributes = {\"team\", \"code\"})");
                    }
                    uniques.computeIfAbsent(table, t -> new ArrayList<>()).add(constraint(entity, table, List.of(key.attributes()), key.name()));
                }
                for (Field field : c.getDeclaredFields()) {
                    UniqueWhenAlive key = field.getAnnotation(UniqueWhenAlive.class);
                    if (key != null) {
                        uniques.computeIfAbsent(table, t -> new ArrayList<>()).add(constraint(entity, table, List.of(field.getName()), key.name()));
                    }
                }
            }
            for (Property property : entity.getPropertyClosure()) {
                if (property.getValue() instanceof ManyToOne toOne && toOne.getColumnSpan() == 1
                        && sameTable(property, entity) && toOne.getSelectables().get(0) instanceof Column column) {
                    foreignKeys.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(column.getQuotedName());
                }
            }
        }
        Map<SoftDeleteTable, TableKeys> keys = new LinkedHashMap<>();
        for (SoftDeleteTable table : model.tables()) {
            keys.put(table, new TableKeys(table, dedupe(uniques.getOrDefault(table, List.of())),
                    List.copyOf(foreignKeys.getOrDefault(table, Set.of()))));
        }
        return keys;
    }

    /** Every key of the model, for the restore check and the schema check. */
    static List<UniqueAliveConstraint> uniques(Map<SoftDeleteTable, TableKeys> keys) {
        return keys.values().stream().flatMap(k -> k.uniques().stream()).toList();
    }

    private static UniqueAliveConstraint constraint(PersistentClass entity, SoftDeleteTable table,
            List<String> attributes, String name) {
        List<String> columns = new ArrayList<>();
        for (String attribute : attributes) {
            Property property;
            try {
                property = entity.getRecursiveProperty(attribute);
            } catch (RuntimeException missing) {
                throw new ReprieveException("@UniqueWhenAlive on " + entity.getEntityName() + " names '" + attribute
                        + "', which is not a persistent attribute of it");
            }
            if (property.getValue().getColumnSpan() != 1
                    || !(property.getValue().getSelectables().get(0) instanceof Column column)) {
                throw new ReprieveException("@UniqueWhenAlive on " + entity.getEntityName() + "." + attribute
                        + ": the attribute must map to exactly one column");
            }
            if (!sameTable(property, entity)) {
                throw new ReprieveException("@UniqueWhenAlive on " + entity.getEntityName() + "." + attribute
                        + ": the column lives outside the table " + table.table() + " that holds deleted_at");
            }
            columns.add(column.getQuotedName());
        }
        String index = name == null || name.isBlank() ? SoftDeleteDialect.uniqueAliveIndexName(table, columns) : name;
        return new UniqueAliveConstraint(table, attributes, columns, index);
    }

    private static boolean sameTable(Property property, PersistentClass entity) {
        return property.getValue().getTable() == null
                || property.getValue().getTable().getName().equals(entity.getRootClass().getTable().getName());
    }

    /** The entity's own class, and for a root also its non-entity superclasses ({@code @MappedSuperclass}). */
    private static List<Class<?>> declaringClasses(PersistentClass entity) {
        List<Class<?>> classes = new ArrayList<>();
        classes.add(entity.getMappedClass());
        if (entity == entity.getRootClass()) {
            for (Class<?> c = entity.getMappedClass().getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
                classes.add(c);
            }
        }
        return classes;
    }

    private static void refuseOnPlainEntity(PersistentClass entity) {
        for (Class<?> c = entity.getMappedClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            boolean annotated = c.getDeclaredAnnotationsByType(UniqueWhenAlive.class).length > 0;
            for (Field field : c.getDeclaredFields()) {
                annotated |= field.isAnnotationPresent(UniqueWhenAlive.class);
            }
            if (annotated) {
                throw new NotSoftDeletableException("@UniqueWhenAlive on " + entity.getEntityName() + ", which is not"
                        + " @" + SoftDeletable.class.getSimpleName() + ": all its rows are alive, use a plain unique constraint");
            }
        }
    }

    private static List<UniqueAliveConstraint> dedupe(List<UniqueAliveConstraint> keys) {
        Map<String, UniqueAliveConstraint> byIndex = new LinkedHashMap<>();
        keys.forEach(k -> byIndex.putIfAbsent(k.indexName(), k));
        return List.copyOf(byIndex.values());
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.LegalHold;
import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.purge.ForeignKeyReference;
import dev.reprieve.purge.PurgeMapping;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.TenantId;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;

/**
 * Reads from Hibernate's boot mapping what the purge needs: every single-column foreign key (from entity
 * tables, join tables and collection tables alike), and each soft-deletable entity's {@link LegalHold} column;
 * the soft-delete relations come from the cascade's own reading of the mapping.
 */
final class PurgeMappingReader {

    private PurgeMappingReader() {
    }

    static PurgeMapping read(Metadata metadata, SoftDeleteModel model, List<Relation> relations) {
        List<ForeignKeyReference> foreignKeys = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                for (ForeignKey fk : table.getForeignKeyCollection()) {
                    if (fk.getColumnSpan() != 1 || fk.getReferencedTable() == null) {
                        continue;
                    }
                    foreignKeys.add(new ForeignKeyReference(table.getName(), singleKey(table.getPrimaryKey()),
                            fk.getColumn(0).getQuotedName(), fk.getReferencedTable().getName()));
                }
            }
        }
        Map<String, String> holds = new LinkedHashMap<>();
        Map<String, String> tenants = new LinkedHashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity.getMappedClass() == null) {
                continue;
            }
            model.forType(entity.getMappedClass()).ifPresent(table -> {
                column(entity, table, LegalHold.class, true).ifPresent(column -> holds.put(table.entityName(), column));
                // a tenant formula cannot be bound in a purge condition: such a type has no tenant's purge
                column(entity, table, TenantId.class, false).ifPresent(column -> tenants.put(table.entityName(), column));
            });
        }
        return new PurgeMapping(foreignKeys, holds, relations, tenants);
    }

    private static String singleKey(PrimaryKey key) {
        return key != null && key.getColumnSpan() == 1 ? key.getColumn(0).getQuotedName() : null;
    }

    /**
     * The one column of the attribute carrying {@code annotation} ({@code @LegalHold}, {@code @TenantId}), if any;
     * an attribute that maps to no single column is refused when {@code required}, else skipped.
     */
    private static java.util.Optional<String> column(PersistentClass entity, SoftDeleteTable table,
            Class<? extends Annotation> annotation, boolean required) {
        for (Property property : entity.getPropertyClosure()) {
            if (!isAnnotated(entity.getMappedClass(), property.getName(), annotation)) {
                continue;
            }
            if (property.getColumnSpan() != 1 || !(property.getSelectables().get(0) instanceof Column column)) {
                if (!required) {
                    return java.util.Optional.empty();
                }
                throw new NotSoftDeletableException(table.entityName() + "." + property.getName()
                        + " is @" + annotation.getSimpleName() + " but does not map to one boolean column");
            }
            return java.util.Optional.of(column.getQuotedName());
        }
        return java.util.Optional.empty();
    }

    private static boolean isAnnotated(Class<?> type, String attribute, Class<? extends Annotation> annotation) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(attribute) && field.isAnnotationPresent(annotation)) {
                    return true;
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                String name = method.getName();
                if (method.getParameterCount() == 0 && method.isAnnotationPresent(annotation)
                        && (name.equals("get" + capitalized(attribute)) || name.equals("is" + capitalized(attribute)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}

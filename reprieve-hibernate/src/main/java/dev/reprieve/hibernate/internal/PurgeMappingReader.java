package dev.reprieve.hibernate.internal;

import dev.reprieve.core.LegalHold;
import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.cascade.RelationGraph;
import dev.reprieve.purge.PurgeMapping;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.TenantId;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

/**
 * Reads from Hibernate's boot mapping what the purge needs beyond the unit's relation graph (read by
 * {@link RelationReader}, the one the cascade walks): each soft-deletable entity's {@link LegalHold} column.
 */
final class PurgeMappingReader {

    private PurgeMappingReader() {
    }

    /** @param tableNames how a table is named in Reprieve's SQL, as the model's tables are ({@link SqlTableNames}) */
    /** @param graph the unit's relation graph, whose references order the purge */
    static PurgeMapping read(Metadata metadata, SoftDeleteModel model, RelationGraph graph) {
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
        return new PurgeMapping(graph, holds, tenants);
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

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.LegalHold;
import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.cascade.RelationGraph;
import dev.reprieve.purge.PurgeMapping;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
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
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity.getMappedClass() == null) {
                continue;
            }
            model.forType(entity.getMappedClass()).ifPresent(table -> legalHoldColumn(entity, table)
                    .ifPresent(column -> holds.put(table.entityName(), column)));
        }
        return new PurgeMapping(graph, holds);
    }

    private static java.util.Optional<String> legalHoldColumn(PersistentClass entity, SoftDeleteTable table) {
        for (Property property : entity.getPropertyClosure()) {
            if (!isLegalHold(entity.getMappedClass(), property.getName())) {
                continue;
            }
            if (property.getColumnSpan() != 1 || !(property.getSelectables().get(0) instanceof Column column)) {
                throw new NotSoftDeletableException(table.entityName() + "." + property.getName()
                        + " is @LegalHold but does not map to one boolean column");
            }
            return java.util.Optional.of(column.getQuotedName());
        }
        return java.util.Optional.empty();
    }

    private static boolean isLegalHold(Class<?> type, String attribute) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(attribute) && annotated(field)) {
                    return true;
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                String name = method.getName();
                if (method.getParameterCount() == 0 && annotated(method)
                        && (name.equals("get" + capitalized(attribute)) || name.equals("is" + capitalized(attribute)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean annotated(AnnotatedElement element) {
        return element.isAnnotationPresent(LegalHold.class);
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}

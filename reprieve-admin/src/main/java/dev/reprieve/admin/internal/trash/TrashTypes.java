package dev.reprieve.admin.internal.trash;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.trash.TrashSource;
import dev.reprieve.hibernate.ReprieveRuntime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The soft-deletable types the admin serves, read once from the ORM mapping. Every type name and id that
 * arrives in a request is checked here before anything touches the database; SQL only ever sees the
 * mapping's own table and column names.
 */
public final class TrashTypes {

    private static final List<String> SEARCHABLE = List.of("name", "title", "label", "text");

    private final ReprieveRuntime runtime;
    private final Map<String, TrashType> byName = new TreeMap<>();

    /**
     * @param labels per entity name, the attribute to show as label
     * @throws IllegalStateException naming the property when a configured type or attribute does not exist
     */
    public TrashTypes(ReprieveRuntime runtime, Map<String, String> labels) {
        this.runtime = runtime;
        for (SoftDeleteTable table : runtime.model().tables()) {
            EntityPersister persister = runtime.sessionFactory().getMappingMetamodel().getEntityDescriptor(table.javaType());
            String labelAttribute = labels.get(table.entityName());
            boolean hasToString = overridesToString(table.javaType());
            String configuredColumn = labelAttribute == null ? null : column(persister, labelAttribute, table.entityName());
            String searchColumn = configuredColumn != null ? configuredColumn : searchableColumn(persister);
            // the label: the configured attribute, else toString(), else the searchable text column
            String labelColumn = configuredColumn != null ? configuredColumn : hasToString ? null : searchColumn;
            var idJavaType = persister.getIdentifierMapping().getSingleJdbcMapping().getJavaTypeDescriptor();
            boolean numeric = Number.class.isAssignableFrom(box(idJavaType.getJavaTypeClass()));
            byName.put(table.entityName(), new TrashType(new TrashSource(table, labelColumn, searchColumn, numeric),
                    idJavaType, labelAttribute, hasToString));
        }
        for (String configured : labels.keySet()) {
            if (!byName.containsKey(configured)) {
                throw new IllegalStateException("reprieve.admin.labels." + configured + ": no soft-deletable entity is named '"
                        + configured + "'; known: " + String.join(", ", byName.keySet()));
            }
        }
    }

    public ReprieveRuntime runtime() {
        return runtime;
    }

    /** @return every type, by name */
    public Collection<TrashType> all() {
        return Collections.unmodifiableCollection(byName.values());
    }

    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** @throws UnknownTypeException when no soft-deletable type has this name */
    public TrashType require(String name) {
        TrashType type = name == null ? null : byName.get(name);
        if (type == null) {
            throw new UnknownTypeException(String.valueOf(name), byName.keySet());
        }
        return type;
    }

    /** @return the type of a table, if it is soft-deletable */
    public java.util.Optional<TrashType> forTable(SoftDeleteTable table) {
        return java.util.Optional.ofNullable(byName.get(table.entityName()));
    }

    private static String column(EntityPersister persister, String attribute, String entity) {
        AttributeMapping mapping = persister.findAttributeMapping(attribute);
        if (mapping instanceof BasicValuedModelPart basic) {
            return basic.getSelectionExpression();
        }
        throw new IllegalStateException("reprieve.admin.labels." + entity + ": '" + attribute
                + "' is not a basic attribute of " + entity);
    }

    private static String searchableColumn(EntityPersister persister) {
        for (String name : SEARCHABLE) {
            AttributeMapping mapping = persister.findAttributeMapping(name);
            if (mapping instanceof BasicValuedModelPart basic && basic.getJavaType().getJavaTypeClass() == String.class) {
                return basic.getSelectionExpression();
            }
        }
        return null;
    }

    private static boolean overridesToString(Class<?> type) {
        try {
            Class<?> declaring = type.getMethod("toString").getDeclaringClass();
            return declaring != Object.class && declaring.getName().startsWith("dev.reprieve.hibernate.") == false;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == long.class ? Long.class : type == int.class ? Integer.class : type == short.class ? Short.class : Object.class;
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.SoftDeletable;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.RetentionParser;
import dev.reprieve.core.spi.SoftDeleteModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;

/**
 * Reads Reprieve's metadata out of Hibernate's boot mapping: which entities are {@link SoftDeletable}
 * and which tables and columns they use. A wrongly mapped entity fails here, at startup, by name.
 */
final class SoftDeleteMappingReader {

    static final String DELETED_AT = "deletedAt";
    static final String DELETED_BY = "deletedBy";
    static final String DELETION_ID = "deletionId";
    /** The optional attribute that stores why a row was deleted. */
    static final String DELETION_REASON = "deletionReason";
    /** Hibernate's length of a String column that declares none. */
    private static final int DEFAULT_LENGTH = 255;

    private SoftDeleteMappingReader() {
    }

    static boolean isSoftDeletable(PersistentClass entity) {
        Class<?> type = entity.getMappedClass();
        return type != null && type.isAnnotationPresent(SoftDeletable.class);
    }

    /**
     * @param tableNames how a table is named in Reprieve's SQL ({@link SqlTableNames}); {@link SqlTableNames#BOOT}
     *                   where no statement is generated from the model
     */
    static SoftDeleteModel read(Iterable<PersistentClass> entities, Function<Table, String> tableNames) {
        List<SoftDeleteTable> tables = new ArrayList<>();
        for (PersistentClass entity : entities) {
            if (!isSoftDeletable(entity)) {
                continue;
            }
            if (!(entity instanceof RootClass)) {
                if (!isSoftDeletable(entity.getRootClass())) {
                    throw new NotSoftDeletableException(entity.getEntityName() + " is @SoftDeletable but the root of"
                            + " its hierarchy, " + entity.getRootClass().getEntityName() + ", is not; mark the root");
                }
                continue; // the root's filter and table cover the whole hierarchy
            }
            tables.add(read(entity, tableNames));
        }
        return new SoftDeleteModel(tables);
    }

    private static SoftDeleteTable read(PersistentClass entity, Function<Table, String> tableNames) {
        String name = entity.getEntityName();
        if (entity.getIdentifier().getColumnSpan() != 1) {
            throw new NotSoftDeletableException(name + " is @SoftDeletable but has a composite id;"
                    + " Reprieve needs a single-column primary key");
        }
        String retentionText = entity.getMappedClass().getAnnotation(SoftDeletable.class).retention();
        Duration retention = RetentionParser.parse(retentionText, "@SoftDeletable(retention) on " + name);
        return new SoftDeleteTable(
                entity.getJpaEntityName() != null ? entity.getJpaEntityName() : name,
                entity.getMappedClass(),
                tableNames.apply(entity.getTable()),
                columnName(entity.getIdentifier().getSelectables().get(0), name, "id"),
                column(entity, DELETED_AT, "java.time.Instant"),
                column(entity, DELETED_BY, "String"),
                column(entity, DELETION_ID, "String"),
                retention,
                reasonColumn(entity) == null ? null : columnName(reasonColumn(entity), name, DELETION_REASON),
                reasonColumn(entity) == null ? 0 : reasonLength(reasonColumn(entity)));
    }

    /** @return the column of the optional {@code deletionReason} attribute, or {@code null} when not declared */
    static Selectable reasonColumn(PersistentClass entity) {
        if (!hasProperty(entity, DELETION_REASON)) {
            return null;
        }
        Property property = entity.getProperty(DELETION_REASON);
        Class<?> type = property.getType().getReturnedClass();
        if (type != String.class || property.getValue().getSelectables().size() != 1) {
            throw new NotSoftDeletableException(entity.getEntityName() + "." + DELETION_REASON
                    + " must be a String mapped to one column (the optional deletion reason)");
        }
        return property.getValue().getSelectables().get(0);
    }

    private static boolean hasProperty(PersistentClass entity, String attribute) {
        try {
            entity.getProperty(attribute);
            return true;
        } catch (RuntimeException missing) {
            return false;
        }
    }

    /** The declared length; 0 (unchecked) for a column with its own SQL type, e.g. {@code text}. */
    private static int reasonLength(Selectable selectable) {
        if (!(selectable instanceof Column column)) {
            return 0;
        }
        if (column.getLength() != null) {
            return (int) Math.min(Integer.MAX_VALUE, column.getLength());
        }
        return column.getSqlType() != null ? 0 : DEFAULT_LENGTH;
    }

    private static String column(PersistentClass entity, String attribute, String expectedType) {
        Property property;
        try {
            property = entity.getProperty(attribute);
        } catch (RuntimeException missing) {
            throw new NotSoftDeletableException(entity.getEntityName() + " is @SoftDeletable but has no persistent"
                    + " attribute '" + attribute + "' (" + expectedType + "); extend SoftDeletableEntity or declare"
                    + " deletedAt, deletedBy and deletionId");
        }
        return columnName(property.getValue().getSelectables().get(0), entity.getEntityName(), attribute);
    }

    private static String columnName(Selectable selectable, String entityName, String attribute) {
        if (selectable instanceof Column column) {
            return column.getQuotedName();
        }
        throw new NotSoftDeletableException(entityName + "." + attribute + " must map to a plain column");
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SqlStatement;
import dev.reprieve.hibernate.internal.JdbcExecutor.Bind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The runtime view of one soft-deletable entity: its persister, the JDBC mappings of the columns
 * Reprieve writes, and in-memory access to the soft-delete attributes ({@code deletionReason} only where the
 * entity declares it; {@code deletionReason} is {@code null} otherwise).
 */
public record EntityColumns(SoftDeleteTable table, EntityPersister persister, JdbcMapping id, JdbcMapping deletedAt,
        JdbcMapping deletedBy, JdbcMapping deletionId, JdbcMapping deletionReason) {

    static EntityColumns of(SoftDeleteTable table, EntityPersister persister) {
        return new EntityColumns(table, persister,
                persister.getIdentifierMapping().getSingleJdbcMapping(),
                mapping(persister, SoftDeleteMappingReader.DELETED_AT),
                mapping(persister, SoftDeleteMappingReader.DELETED_BY),
                mapping(persister, SoftDeleteMappingReader.DELETION_ID),
                table.deletionReasonColumn() == null ? null
                        : mapping(persister, SoftDeleteMappingReader.DELETION_REASON));
    }

    /** The reason to bind in this table's reason column, or {@code null} when it has none (nothing is bound). */
    public Bind reasonValue(String reason) {
        return deletionReason == null ? null : new Bind(deletionReason, reason);
    }

    private static JdbcMapping mapping(EntityPersister persister, String attribute) {
        return persister.findAttributeMapping(attribute).getSingleJdbcMapping();
    }

    /** An id of this entity, to bind as Hibernate binds the id. */
    public Bind idValue(Object id) {
        return new Bind(this.id, id);
    }

    /** Ids of this entity, to bind as Hibernate binds the id. */
    public List<Bind> idValues(Collection<?> ids) {
        return ids.stream().map(this::idValue).toList();
    }

    /** A delete operation's id, to bind as Hibernate binds this entity's deletion id. */
    public Bind deletionIdValue(String operation) {
        return new Bind(deletionId, operation);
    }

    /** Marks the alive rows among {@code ids} with one deletion, each value bound with its column's mapping. */
    public SqlStatement markByIds(SoftDeleteDialect dialect, Instant at, String by, String operation, String reason,
            Collection<?> ids) {
        return dialect.markDeletedByIds(table, new Bind(deletedAt, at), new Bind(deletedBy, by),
                deletionIdValue(operation), reasonValue(reason), idValues(ids));
    }

    /** Marks every alive row of the table with one deletion. */
    public SqlStatement markAll(SoftDeleteDialect dialect, Instant at, String by, String operation, String reason) {
        return dialect.markAllDeleted(table, new Bind(deletedAt, at), new Bind(deletedBy, by),
                deletionIdValue(operation), reasonValue(reason));
    }

    public Instant deletedAtOf(Object entity) {
        return (Instant) persister.getValue(entity, index(SoftDeleteMappingReader.DELETED_AT));
    }

    public String deletedByOf(Object entity) {
        return (String) persister.getValue(entity, index(SoftDeleteMappingReader.DELETED_BY));
    }

    public String deletionIdOf(Object entity) {
        return (String) persister.getValue(entity, index(SoftDeleteMappingReader.DELETION_ID));
    }

    /** @return the deletion time the session last read or wrote for this row, not the one in memory */
    Instant loadedDeletedAt(EntityEntry entry) {
        return (Instant) entry.getLoadedValue(SoftDeleteMappingReader.DELETED_AT);
    }

    /**
     * Writes the soft-delete state into an object (never into the database); its reason is cleared with a
     * {@code null} time and left as it is otherwise.
     */
    public void stamp(Object entity, Instant at, String by, String operation) {
        persister.setValue(entity, index(SoftDeleteMappingReader.DELETED_AT), at);
        persister.setValue(entity, index(SoftDeleteMappingReader.DELETED_BY), by);
        persister.setValue(entity, index(SoftDeleteMappingReader.DELETION_ID), operation);
        if (at == null && deletionReason != null) {
            persister.setValue(entity, index(SoftDeleteMappingReader.DELETION_REASON), null);
        }
    }

    /** Writes the soft-delete state and its reason (where the entity declares one) into an object. */
    public void stamp(Object entity, Instant at, String by, String operation, String reason) {
        stamp(entity, at, by, operation);
        if (deletionReason != null) {
            persister.setValue(entity, index(SoftDeleteMappingReader.DELETION_REASON), reason);
        }
    }

    /** @return the reason stored in memory on the object, or {@code null} when the entity declares none */
    public String deletionReasonOf(Object entity) {
        return deletionReason == null ? null
                : (String) persister.getValue(entity, index(SoftDeleteMappingReader.DELETION_REASON));
    }

    private int index(String attribute) {
        return persister.findAttributeMapping(attribute).getStateArrayPosition();
    }
}

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
 * Reprieve writes, and in-memory access to the three soft-delete attributes.
 */
public record EntityColumns(SoftDeleteTable table, EntityPersister persister, JdbcMapping id, JdbcMapping deletedAt,
        JdbcMapping deletedBy, JdbcMapping deletionId) {

    static EntityColumns of(SoftDeleteTable table, EntityPersister persister) {
        return new EntityColumns(table, persister,
                persister.getIdentifierMapping().getSingleJdbcMapping(),
                mapping(persister, SoftDeleteMappingReader.DELETED_AT),
                mapping(persister, SoftDeleteMappingReader.DELETED_BY),
                mapping(persister, SoftDeleteMappingReader.DELETION_ID));
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
    public SqlStatement markByIds(SoftDeleteDialect dialect, Instant at, String by, String operation,
            Collection<?> ids) {
        return dialect.markDeletedByIds(table, new Bind(deletedAt, at), new Bind(deletedBy, by),
                deletionIdValue(operation), idValues(ids));
    }

    /** Marks every alive row of the table with one deletion. */
    public SqlStatement markAll(SoftDeleteDialect dialect, Instant at, String by, String operation) {
        return dialect.markAllDeleted(table, new Bind(deletedAt, at), new Bind(deletedBy, by),
                deletionIdValue(operation));
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

    /** Writes the soft-delete state into an object (never into the database). */
    public void stamp(Object entity, Instant at, String by, String operation) {
        persister.setValue(entity, index(SoftDeleteMappingReader.DELETED_AT), at);
        persister.setValue(entity, index(SoftDeleteMappingReader.DELETED_BY), by);
        persister.setValue(entity, index(SoftDeleteMappingReader.DELETION_ID), operation);
    }

    private int index(String attribute) {
        return persister.findAttributeMapping(attribute).getStateArrayPosition();
    }
}

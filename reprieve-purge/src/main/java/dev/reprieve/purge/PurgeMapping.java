package dev.reprieve.purge;

import dev.reprieve.core.spi.cascade.Relation;
import java.util.List;
import java.util.Map;

/**
 * What the purge needs from the ORM mapping beyond the soft-delete model: every foreign key between
 * tables, the legal-hold column (see {@link dev.reprieve.core.LegalHold}) per entity name, the
 * soft-delete relations, whose cascades decide which types' rows can share a deletion group, and the tenant
 * column (Hibernate's {@code @TenantId}) per entity name, which a purge of one tenant restricts.
 */
public record PurgeMapping(List<ForeignKeyReference> foreignKeys, Map<String, String> legalHoldColumns,
        List<Relation> relations, Map<String, String> tenantColumns) {

    public static final PurgeMapping EMPTY = new PurgeMapping(List.of(), Map.of(), List.of());

    public PurgeMapping {
        foreignKeys = List.copyOf(foreignKeys);
        legalHoldColumns = Map.copyOf(legalHoldColumns);
        relations = List.copyOf(relations);
        tenantColumns = Map.copyOf(tenantColumns);
    }

    /** A mapping without tenant columns. */
    public PurgeMapping(List<ForeignKeyReference> foreignKeys, Map<String, String> legalHoldColumns,
            List<Relation> relations) {
        this(foreignKeys, legalHoldColumns, relations, Map.of());
    }
}

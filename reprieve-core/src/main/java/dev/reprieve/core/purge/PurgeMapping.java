package dev.reprieve.core.purge;

import java.util.List;
import java.util.Map;

/**
 * What the purge needs from the ORM mapping beyond the soft-delete model: every foreign key between
 * tables, and the legal-hold column (see {@link dev.reprieve.core.LegalHold}) per entity name.
 */
public record PurgeMapping(List<ForeignKeyReference> foreignKeys, Map<String, String> legalHoldColumns) {

    public static final PurgeMapping EMPTY = new PurgeMapping(List.of(), Map.of());

    public PurgeMapping {
        foreignKeys = List.copyOf(foreignKeys);
        legalHoldColumns = Map.copyOf(legalHoldColumns);
    }
}

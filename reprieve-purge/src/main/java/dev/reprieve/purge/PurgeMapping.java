package dev.reprieve.purge;

import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.cascade.RelationGraph;
import dev.reprieve.core.spi.cascade.TableReference;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the purge needs from the ORM mapping beyond the soft-delete model: the unit's relation graph (the same one
 * delete, restore, preview and the admin's erase walk), whose foreign keys order the purge children first and whose
 * cascades decide which types' rows can share a deletion group, the legal-hold column (see
 * {@link dev.reprieve.core.LegalHold}) per entity name, and the tenant column (Hibernate's {@code @TenantId}) per
 * entity name, which a purge of one tenant restricts.
 */
public record PurgeMapping(RelationGraph graph, Map<String, String> legalHoldColumns,
        Map<String, String> tenantColumns) {

    public static final PurgeMapping EMPTY = new PurgeMapping(new RelationGraph(List.of()), Map.of());

    public PurgeMapping {
        Objects.requireNonNull(graph, "graph");
        legalHoldColumns = Map.copyOf(legalHoldColumns);
        tenantColumns = Map.copyOf(tenantColumns);
    }

    /** A mapping without tenant columns. */
    public PurgeMapping(RelationGraph graph, Map<String, String> legalHoldColumns) {
        this(graph, legalHoldColumns, Map.of());
    }

    /**
     * A mapping described by hand, without an ORM: its foreign keys and soft-delete relations make up its graph.
     *
     * @param foreignKeys every single-column foreign key between the purged tables and their dependents
     * @param relations   the soft-delete relations, whose cascades join types into deletion groups
     */
    public PurgeMapping(List<ForeignKeyReference> foreignKeys, Map<String, String> legalHoldColumns,
            List<Relation> relations) {
        this(new RelationGraph(relations, foreignKeys.stream().map(ForeignKeyReference::reference).toList()),
                legalHoldColumns);
    }
}

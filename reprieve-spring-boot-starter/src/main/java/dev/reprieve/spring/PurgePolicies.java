package dev.reprieve.spring;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.RetentionParser;
import dev.reprieve.core.SoftDeleteModel;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.purge.ArchiveMode;
import dev.reprieve.core.purge.PurgeMapping;
import dev.reprieve.core.purge.PurgePolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns {@code @SoftDeletable(retention)}, {@code @LegalHold} and the {@code reprieve.retention.*} /
 * {@code reprieve.purge.*} properties into one purge policy per soft-deletable type. Bad configuration
 * fails here, at startup, with a message that names the property.
 */
final class PurgePolicies {

    private PurgePolicies() {
    }

    /**
     * @param entityNames every entity the persistence unit maps, soft-deletable or not (to tell "not
     *                    soft-deletable" from "unknown" in errors)
     */
    static List<PurgePolicy> from(SoftDeleteModel model, PurgeMapping mapping, ReprieveProperties properties,
            Collection<String> entityNames) {
        if (properties.getPurge().getBatchSize() != null && properties.getPurge().getBatchSize() < 1) {
            throw new ReprieveException("reprieve.purge.batch-size: must be at least 1, got "
                    + properties.getPurge().getBatchSize());
        }
        Duration batchTime = properties.getPurge().getBatchTime();
        if (batchTime == null || batchTime.isNegative() || batchTime.isZero()) {
            throw new ReprieveException("reprieve.purge.batch-time: must be a positive duration, got " + batchTime);
        }
        Map<SoftDeleteTable, Duration> retentions = new LinkedHashMap<>();
        properties.getRetention().forEach((key, value) -> {
            String property = "reprieve.retention." + key;
            SoftDeleteTable table = table(model, key, property, entityNames);
            retentions.put(table, "never".equalsIgnoreCase(value.trim()) ? null : parse(value, property));
        });
        Map<SoftDeleteTable, ArchiveMode> archives = new LinkedHashMap<>();
        properties.getPurge().getArchive().forEach((key, mode) ->
                archives.put(table(model, key, "reprieve.purge.archive." + key, entityNames), mode));
        Map<SoftDeleteTable, String> holds = new LinkedHashMap<>();
        properties.getPurge().getHold().forEach((key, predicate) ->
                holds.put(table(model, key, "reprieve.purge.hold." + key, entityNames), predicate));

        List<PurgePolicy> policies = new ArrayList<>();
        for (SoftDeleteTable table : model.tables()) {
            Duration retention = retentions.containsKey(table) ? retentions.get(table) : table.retention();
            policies.add(new PurgePolicy(table, retention, mapping.legalHoldColumns().get(table.entityName()),
                    holds.get(table), archives.get(table)));
        }
        return policies;
    }

    private static Duration parse(String value, String property) {
        try {
            return RetentionParser.parse(value, property);
        } catch (IllegalArgumentException e) {
            throw new ReprieveException(e.getMessage(), e);
        }
    }

    private static SoftDeleteTable table(SoftDeleteModel model, String key, String property,
            Collection<String> entityNames) {
        Optional<SoftDeleteTable> found = model.tables().stream()
                .filter(t -> t.entityName().equalsIgnoreCase(key) || t.javaType().getName().equalsIgnoreCase(key))
                .findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        List<String> softDeletable = model.tables().stream().map(SoftDeleteTable::entityName).toList();
        if (entityNames.stream().anyMatch(name -> name.equalsIgnoreCase(key) || simpleName(name).equalsIgnoreCase(key))) {
            throw new ReprieveException(property + ": entity " + key + " is not soft-deletable, so it has no"
                    + " deleted rows to purge; annotate it with @SoftDeletable (soft-deletable entities: "
                    + softDeletable + ")");
        }
        throw new ReprieveException(property + ": no entity named " + key + " (soft-deletable entities: "
                + softDeletable + ")");
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}

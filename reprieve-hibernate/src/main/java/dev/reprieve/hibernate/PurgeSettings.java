package dev.reprieve.hibernate;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.RetentionParser;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.purge.ArchiveMode;
import dev.reprieve.purge.PurgeMapping;
import dev.reprieve.purge.PurgePolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-entity purge settings that override the mapping ({@code @SoftDeletable(retention)}, {@code @LegalHold}),
 * turned into one purge policy per soft-deletable type. Each setting remembers where it came from (a property
 * name, a builder call), so a bad entity name fails with a message that points there.
 */
public final class PurgeSettings {

    private record Setting<T>(String entity, T value, String source) {
    }

    private final List<Setting<Duration>> retentions = new ArrayList<>();
    private final List<Setting<ArchiveMode>> archives = new ArrayList<>();
    private final List<Setting<String>> holds = new ArrayList<>();

    /**
     * Keeps deleted rows of {@code entity} (entity or class name) for {@code retention}; {@code null} never purges.
     */
    public PurgeSettings retention(String entity, Duration retention, String source) {
        retentions.add(new Setting<>(entity, retention, source));
        return this;
    }

    /** Like {@link #retention(String, Duration, String)} from text: {@code 30d}, {@code 12h}, an ISO-8601 duration or {@code never}. */
    public PurgeSettings retention(String entity, String retention, String source) {
        Duration parsed;
        try {
            parsed = "never".equalsIgnoreCase(retention.trim()) ? null : RetentionParser.parse(retention, source);
        } catch (IllegalArgumentException e) {
            throw new ReprieveException(e.getMessage(), e);
        }
        return retention(entity, parsed, source);
    }

    /** Where purged rows of {@code entity} are archived before they go. */
    public PurgeSettings archive(String entity, ArchiveMode mode, String source) {
        archives.add(new Setting<>(entity, mode, source));
        return this;
    }

    /** A SQL predicate on {@code entity}'s table: rows matching it are held, never purged. */
    public PurgeSettings hold(String entity, String predicate, String source) {
        holds.add(new Setting<>(entity, predicate, source));
        return this;
    }

    /**
     * One policy per soft-deletable type of {@code model}: these settings where given, the mapping otherwise.
     *
     * @param entityNames every entity the persistence unit maps (to tell "not soft-deletable" from "unknown")
     * @throws ReprieveException naming the setting's source when it names no soft-deletable entity
     */
    public List<PurgePolicy> policies(SoftDeleteModel model, PurgeMapping mapping, Collection<String> entityNames) {
        Map<SoftDeleteTable, Duration> retention = resolve(retentions, model, entityNames);
        Map<SoftDeleteTable, ArchiveMode> archive = resolve(archives, model, entityNames);
        Map<SoftDeleteTable, String> hold = resolve(holds, model, entityNames);
        List<PurgePolicy> policies = new ArrayList<>();
        for (SoftDeleteTable table : model.tables()) {
            policies.add(new PurgePolicy(table, retention.containsKey(table) ? retention.get(table) : table.retention(),
                    mapping.legalHoldColumns().get(table.entityName()), hold.get(table), archive.get(table)));
        }
        return policies;
    }

    private static <T> Map<SoftDeleteTable, T> resolve(List<Setting<T>> settings, SoftDeleteModel model,
            Collection<String> entityNames) {
        Map<SoftDeleteTable, T> resolved = new LinkedHashMap<>();
        for (Setting<T> setting : settings) {
            resolved.put(table(model, setting.entity(), setting.source(), entityNames), setting.value());
        }
        return resolved;
    }

    private static SoftDeleteTable table(SoftDeleteModel model, String key, String source, Collection<String> entityNames) {
        Optional<SoftDeleteTable> found = model.tables().stream()
                .filter(t -> t.entityName().equalsIgnoreCase(key) || t.javaType().getName().equalsIgnoreCase(key))
                .findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        List<String> softDeletable = model.tables().stream().map(SoftDeleteTable::entityName).toList();
        if (entityNames.stream().anyMatch(name -> name.equalsIgnoreCase(key) || simpleName(name).equalsIgnoreCase(key))) {
            throw new ReprieveException(source + ": entity " + key + " is not soft-deletable, so it has no"
                    + " deleted rows to purge; annotate it with @SoftDeletable (soft-deletable entities: "
                    + softDeletable + ")");
        }
        throw new ReprieveException(source + ": no entity named " + key + " (soft-deletable entities: "
                + softDeletable + ")");
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}

package dev.reprieve.purge.internal;

import dev.reprieve.purge.PurgePolicy;
import java.util.List;
import java.util.Optional;

/**
 * The purge of one persistence unit: a step per type with a retention, children before parents, plus the
 * policies of every soft-deletable type (also those never purged) for status reports.
 */
public record PurgePlan(List<PurgeStep> steps, List<PurgePolicy> policies) {

    public PurgePlan {
        steps = List.copyOf(steps);
        policies = List.copyOf(policies);
    }

    /** @return whether any type has a retention, which turns the scheduled purge on by default */
    public boolean anyRetention() {
        return !steps.isEmpty();
    }

    public Optional<PurgePolicy> policy(String entityName) {
        return policies.stream().filter(p -> p.entityName().equals(entityName)).findFirst();
    }
}

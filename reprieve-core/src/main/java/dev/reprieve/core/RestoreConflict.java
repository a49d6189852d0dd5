package dev.reprieve.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One deleted row that cannot come back because an alive row holds its {@link UniqueWhenAlive} value.
 *
 * @param constraint the key in conflict
 * @param restoredId the id of the deleted row that was to be restored; {@code null} when the database
 *                   reported the conflict after a concurrent transaction took the value
 * @param values     the key's values, in the constraint's attribute order; empty when unknown
 * @param holderId   the id of the alive row that holds the value; {@code null} when unknown
 */
public record RestoreConflict(UniqueAliveConstraint constraint, Object restoredId, List<Object> values,
        Object holderId) {

    public RestoreConflict {
        values = values == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    /** E.g. {@code Color 7: name 'red' is held by alive Color 12}. */
    public String describe() {
        String entity = constraint.entityName();
        String value = values.isEmpty() ? "" : " " + values.stream().map(v -> "'" + v + "'")
                .collect(Collectors.joining(", ", values.size() > 1 ? "(" : "", values.size() > 1 ? ")" : ""));
        String who = restoredId == null ? entity : entity + " " + restoredId;
        String holder = holderId == null ? "an alive " + entity + " (taken by a concurrent transaction)"
                : "alive " + entity + " " + holderId;
        return who + ": " + constraint.describeAttributes() + value + " is held by " + holder;
    }
}

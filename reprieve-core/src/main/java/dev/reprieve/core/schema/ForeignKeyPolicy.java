package dev.reprieve.core.schema;

import java.util.Optional;

/**
 * Judges a foreign key into a soft-deletable table against the configured delete policy. The cascade
 * configuration plugs its own policy in; the default refuses database cascades, which would erase the
 * children for good the day the parent is purged or hard-deleted, behind the soft-delete model's back.
 */
@FunctionalInterface
public interface ForeignKeyPolicy {

    /** @return why this key contradicts the policy, or empty when it is fine */
    Optional<String> problem(ForeignKey foreignKey);

    /** Flags {@code ON DELETE CASCADE} into a soft-deletable table. */
    ForeignKeyPolicy NO_DATABASE_CASCADE = fk -> fk.onDelete() == ForeignKey.Rule.CASCADE
            ? Optional.of("ON DELETE CASCADE from " + fk.childTable() + fk.childColumns() + " into soft-deletable "
                    + fk.parent().entityName() + ": purging or hard-deleting a " + fk.parent().entityName()
                    + " would silently erase these rows; use NO ACTION/RESTRICT and let Reprieve cascade")
            : Optional.empty();
}

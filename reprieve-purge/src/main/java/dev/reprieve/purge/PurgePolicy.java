package dev.reprieve.purge;

import dev.reprieve.core.SoftDeleteTable;
import java.time.Duration;
import java.util.Objects;

/**
 * How one soft-deletable type is purged: after which retention, which rows are held back, and where
 * purged rows are archived.
 *
 * @param table           the type's table
 * @param retention       how long deleted rows are kept; {@code null} means never purged
 * @param holdColumn      a boolean column that exempts a row while true ({@code @LegalHold}), or {@code null}
 * @param holdPredicate   a SQL condition on the table's columns that exempts matching rows, or {@code null}
 * @param archive         where purged rows go before they are deleted
 */
public record PurgePolicy(SoftDeleteTable table, Duration retention, String holdColumn, String holdPredicate,
        ArchiveMode archive) {

    public PurgePolicy {
        Objects.requireNonNull(table, "table");
        archive = archive == null ? ArchiveMode.NONE : archive;
        holdPredicate = holdPredicate == null || holdPredicate.isBlank() ? null : holdPredicate.trim();
    }

    public String entityName() {
        return table.entityName();
    }

    /** @return whether this type has a retention and so is purged at all */
    public boolean purged() {
        return retention != null;
    }
}

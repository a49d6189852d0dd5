package dev.reprieve.purge.internal;

import dev.reprieve.core.spi.cascade.TableReference;
import dev.reprieve.purge.PurgePolicy;
import java.util.List;

/**
 * How one type's expired rows are purged: the plain (not soft-deletable) rows that depend on them and go
 * first in the same batch, the soft-deletable rows that must be gone before a row may go, and every
 * soft-deletable type whose rows may share a deletion group with it.
 *
 * @param policy      the type's retention, hold and archive
 * @param dependents  foreign-key paths from the purged table down to plain tables, deepest first; each path's
 *                    first key references the purged table, each next key references the previous key's table
 * @param blockers    foreign-key paths (same shape) that end in a soft-deletable table: a row referenced along
 *                    one of them stays until the referencing row is purged itself
 * @param groupMembers the soft-deletable types (this one included) whose rows can share a deletion group with this
 *                    type's rows, joined by cascades: a deletion group is purged whole or not at all
 * @param repeat      whether the table references itself (or sits in a cycle), so a pass may free more rows
 */
public record PurgeStep(PurgePolicy policy, List<List<TableReference>> dependents,
        List<List<TableReference>> blockers, List<PurgePolicy> groupMembers, boolean repeat) {

    public PurgeStep {
        dependents = List.copyOf(dependents);
        blockers = List.copyOf(blockers);
        groupMembers = List.copyOf(groupMembers);
    }

    public String entityName() {
        return policy.entityName();
    }
}

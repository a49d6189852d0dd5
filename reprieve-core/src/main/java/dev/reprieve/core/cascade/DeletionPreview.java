package dev.reprieve.core.cascade;

import java.util.List;
import java.util.Map;

/**
 * What a soft delete would do, computed without doing it: how many alive rows of each entity would be
 * soft-deleted along with the row(s) asked for, and which {@code RESTRICT} relationships would refuse it.
 *
 * @param entityName the type asked to be deleted
 * @param cascaded   alive rows that would go with it, by entity name (the rows asked for are not counted)
 * @param blocks     what would refuse the delete; empty when it would go through
 * @param inTrash    rows already soft-deleted under it through CASCADE relationships, by entity name: a soft
 *                   delete leaves them in their own deletion, a hard delete of the row removes them with it
 */
public record DeletionPreview(String entityName, Map<String, Long> cascaded, List<RestrictBlock> blocks,
        Map<String, Long> inTrash) {

    public DeletionPreview {
        cascaded = Map.copyOf(cascaded);
        blocks = List.copyOf(blocks);
        inTrash = Map.copyOf(inTrash);
    }

    /** A preview without rows in the trash under it. */
    public DeletionPreview(String entityName, Map<String, Long> cascaded, List<RestrictBlock> blocks) {
        this(entityName, cascaded, blocks, Map.of());
    }

    /** @return whether the delete would go through */
    public boolean allowed() {
        return blocks.isEmpty();
    }
}

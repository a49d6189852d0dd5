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
 */
public record DeletionPreview(String entityName, Map<String, Long> cascaded, List<RestrictBlock> blocks) {

    public DeletionPreview {
        cascaded = Map.copyOf(cascaded);
        blocks = List.copyOf(blocks);
    }

    /** @return whether the delete would go through */
    public boolean allowed() {
        return blocks.isEmpty();
    }
}

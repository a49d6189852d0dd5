package dev.reprieve.core;

import dev.reprieve.core.cascade.RestrictBlock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A soft delete was refused because alive rows depend on the deleted rows through a
 * {@link SoftDeleteAction#RESTRICT} relationship. Nothing was changed.
 */
public class RestrictedDeleteException extends ReprieveException {

    private final String entityName;
    private final transient List<RestrictBlock> blocks;

    public RestrictedDeleteException(String entityName, List<RestrictBlock> blocks) {
        this(entityName, blocks, "Cannot soft-delete " + entityName + ": " + blocks.stream().map(RestrictBlock::describe)
                .collect(Collectors.joining("; ")) + ". Nothing was changed: delete or detach them first, or mark"
                + " the relationship @OnSoftDelete(CASCADE|DETACH|IGNORE)");
    }

    private RestrictedDeleteException(String entityName, List<RestrictBlock> blocks, String message) {
        super(message);
        this.entityName = entityName;
        this.blocks = List.copyOf(blocks);
    }

    /**
     * A hard delete refused because soft-deleted rows (in the trash) still reference the row through a
     * RESTRICT relationship: the foreign key would refuse it otherwise.
     */
    public static RestrictedDeleteException ofHardDelete(String entityName, Object id, List<RestrictBlock> blocks) {
        return new RestrictedDeleteException(entityName, blocks, "Cannot hard-delete " + entityName + " " + id + ": "
                + blocks.stream().map(b -> b.count() + " soft-deleted " + b.childEntity() + " row"
                        + (b.count() == 1 ? "" : "s") + " (in the trash) reference it through " + b.relation()
                        + " (RESTRICT)").collect(Collectors.joining("; "))
                + ". Nothing was changed: hard-delete those rows first, or mark the relationship"
                + " @OnSoftDelete(CASCADE) so that they go with it");
    }

    public String getEntityName() {
        return entityName;
    }

    /** @return what blocked the delete, one entry per relationship */
    public List<RestrictBlock> getBlocks() {
        return blocks;
    }
}

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
        super("Cannot soft-delete " + entityName + ": " + blocks.stream().map(RestrictBlock::describe)
                .collect(Collectors.joining("; ")) + ". Nothing was changed: delete or detach them first, or mark"
                + " the relationship @OnSoftDelete(CASCADE|DETACH|IGNORE)");
        this.entityName = entityName;
        this.blocks = List.copyOf(blocks);
    }

    public String getEntityName() {
        return entityName;
    }

    /** @return what blocked the delete, one entry per relationship */
    public List<RestrictBlock> getBlocks() {
        return blocks;
    }
}

package dev.reprieve.core;

/**
 * A restore was refused because the row would come back under a parent that is still deleted (through a
 * {@link SoftDeleteAction#CASCADE} or {@link SoftDeleteAction#RESTRICT} relationship). Nothing was changed;
 * restore the parent first, or ask for the parent chain to be restored too ({@code withParents}).
 */
public class ParentDeletedException extends ReprieveException {

    private final String entityName;
    private final Object id;
    private final String parentEntityName;
    private final Object parentId;

    public ParentDeletedException(String entityName, Object id, String relation, String parentEntityName,
            Object parentId) {
        super("Cannot restore " + entityName + " with id " + id + ": its parent " + parentEntityName + " with id "
                + parentId + " (via " + relation + ") is still deleted. Restore the parent first, or restore"
                + " with parents");
        this.entityName = entityName;
        this.id = id;
        this.parentEntityName = parentEntityName;
        this.parentId = parentId;
    }

    public String getEntityName() {
        return entityName;
    }

    public Object getId() {
        return id;
    }

    public String getParentEntityName() {
        return parentEntityName;
    }

    public Object getParentId() {
        return parentId;
    }
}

package dev.reprieve.core;

/**
 * A reference with {@link ReferencePolicy#THROW} was navigated to a soft-deleted row. Names the owner,
 * the relation and the deleted target.
 */
public class DeletedReferenceException extends RowException {

    private final String ownerEntityName;
    private final transient Object ownerId;
    private final String relation;

    public DeletedReferenceException(String ownerEntityName, Object ownerId, String relation, String targetEntityName,
            Object targetId) {
        super(targetEntityName, targetId, ownerEntityName + " with id " + ownerId + ": " + relation + " refers to "
                + targetEntityName + " with id " + targetId + ", which is deleted (read it inside an including-deleted"
                + " scope, or restore it)");
        this.ownerEntityName = ownerEntityName;
        this.ownerId = ownerId;
        this.relation = relation;
    }

    public String getOwnerEntityName() {
        return ownerEntityName;
    }

    public Object getOwnerId() {
        return ownerId;
    }

    public String getRelation() {
        return relation;
    }
}

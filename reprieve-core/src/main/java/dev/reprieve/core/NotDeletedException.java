package dev.reprieve.core;

/** A restore was asked for a row that is alive; nothing was changed. */
public class NotDeletedException extends ReprieveException {

    private final String entityName;
    private final Object id;

    public NotDeletedException(String entityName, Object id) {
        super(entityName + " with id " + id + " is not deleted, so there is nothing to restore");
        this.entityName = entityName;
        this.id = id;
    }

    public String getEntityName() {
        return entityName;
    }

    public Object getId() {
        return id;
    }
}

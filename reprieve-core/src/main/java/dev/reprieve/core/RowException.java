package dev.reprieve.core;

/** An error about one row, identified by its entity name and id. */
public abstract class RowException extends ReprieveException {

    private final String entityName;
    private final transient Object id;

    protected RowException(String entityName, Object id, String message) {
        super(message);
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

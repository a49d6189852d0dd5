package dev.reprieve.core;

/** No row, alive or deleted, has the given id. */
public class RowNotFoundException extends ReprieveException {

    private final String entityName;
    private final Object id;

    public RowNotFoundException(String entityName, Object id) {
        super(entityName + " with id " + id + " does not exist (neither alive nor deleted)");
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

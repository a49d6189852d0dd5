package dev.reprieve.core;

/** No row, alive or deleted, has the given id. */
public class RowNotFoundException extends RowException {

    public RowNotFoundException(String entityName, Object id) {
        super(entityName, id, entityName + " with id " + id + " does not exist (neither alive nor deleted)");
    }
}

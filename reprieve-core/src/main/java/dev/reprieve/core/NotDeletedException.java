package dev.reprieve.core;

/** A restore was asked for a row that is alive; nothing was changed. */
public class NotDeletedException extends RowException {

    public NotDeletedException(String entityName, Object id) {
        super(entityName, id, entityName + " with id " + id + " is not deleted, so there is nothing to restore");
    }
}

package dev.reprieve.core;

/**
 * A delete of an entity that is not soft-deletable was refused because its JPA cascade reaches soft-deletable
 * rows that reference it: they would be soft-deleted and stay in their table, and the parent's own DELETE
 * would then fail on their foreign key. Nothing was changed.
 */
public class PlainParentCascadeException extends ReprieveException {

    public PlainParentCascadeException(String entityName, Object id, String relation, String childEntity, long rows) {
        super("Cannot delete " + entityName + " " + id + ": " + relation + " cascades its delete into soft-deletable "
                + childEntity + ", and " + rows + " " + childEntity + " row" + (rows == 1 ? "" : "s")
                + " (alive or in the trash) reference it. They would be soft-deleted and stay in their table, so the "
                + entityName + "'s DELETE would fail on their foreign key. Nothing was changed: make " + entityName
                + " soft-deletable, or remove the " + childEntity + " rows for good first (hardDelete)");
    }
}

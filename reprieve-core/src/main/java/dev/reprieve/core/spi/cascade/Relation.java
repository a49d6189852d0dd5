package dev.reprieve.core.spi.cascade;

import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.SoftDeleteTable;
import java.util.Objects;

/**
 * One foreign-key relationship into a soft-deletable table, and what soft-deleting a parent row does to the
 * child rows that reference it. Built once at startup from the ORM mapping.
 *
 * @param name             a readable name, {@code Article.author}
 * @param parent           the referenced soft-deletable table
 * @param childEntityName  the entity holding the foreign key
 * @param childTable       the table holding the foreign key
 * @param childIdColumn    the child table's primary-key column
 * @param foreignKeyColumn the column that references {@code parent}'s id
 * @param child            the child's soft-delete metadata, or {@code null} when the child is not soft-deletable
 * @param action           what a soft delete of the parent does
 */
public record Relation(String name, SoftDeleteTable parent, String childEntityName, String childTable,
        String childIdColumn, String foreignKeyColumn, SoftDeleteTable child, SoftDeleteAction action) {

    public Relation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(childEntityName, "childEntityName");
        Objects.requireNonNull(childTable, "childTable");
        Objects.requireNonNull(childIdColumn, "childIdColumn");
        Objects.requireNonNull(foreignKeyColumn, "foreignKeyColumn");
        Objects.requireNonNull(action, "action");
    }

    /** @return the foreign key this relationship runs along, as the graph's references hold it */
    public TableReference reference() {
        return new TableReference(childTable, childIdColumn, foreignKeyColumn, parent.table());
    }

    /** @return whether the child rows have an alive/deleted state of their own */
    public boolean childSoftDeletable() {
        return child != null;
    }

    /** @return whether an alive child under a deleted parent breaks this relationship's rule */
    public boolean forbidsAliveChildOfDeletedParent() {
        return action == SoftDeleteAction.CASCADE || action == SoftDeleteAction.RESTRICT;
    }
}

package dev.reprieve.core.schema;

import dev.reprieve.core.SoftDeleteTable;
import java.util.List;

/**
 * A foreign key that references a soft-deletable table, as the database reports it.
 *
 * @param name            the constraint name
 * @param childTable      the referencing table
 * @param childColumns    its columns
 * @param parent          the soft-deletable table referenced
 * @param onDelete        the ON DELETE rule
 * @param childSoftDeletable the referencing table's soft-delete metadata, or {@code null} when it is a plain table
 */
public record ForeignKey(String name, String childTable, List<String> childColumns, SoftDeleteTable parent,
        Rule onDelete, SoftDeleteTable childSoftDeletable) {

    /** The ON DELETE rules of SQL. */
    public enum Rule { CASCADE, SET_NULL, SET_DEFAULT, RESTRICT, NO_ACTION }
}

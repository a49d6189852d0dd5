package dev.reprieve.admin.trash;

import dev.reprieve.core.SoftDeleteTable;

/**
 * A foreign key into a soft-deletable table, and what erasing a referenced row does to the rows that
 * reference it. Read from Reprieve's cascade relationships.
 *
 * @param name             a readable name, {@code Article.author}
 * @param parent           the referenced table
 * @param childEntityName  the referencing entity
 * @param childTable       the referencing table
 * @param childIdColumn    its primary-key column
 * @param foreignKeyColumn the referencing column
 * @param child            the child's soft-delete metadata, or {@code null} when it is not soft-deletable
 * @param rule             what erasing the parent does to the child rows
 */
public record EraseEdge(String name, SoftDeleteTable parent, String childEntityName, String childTable, String childIdColumn,
        String foreignKeyColumn, SoftDeleteTable child, Rule rule) {

    /** What erasing a parent row does to the rows that reference it. */
    public enum Rule {
        /** They are erased too (the relationship cascades). */
        ERASE,
        /** Their reference is set to NULL (the relationship detaches). */
        DETACH,
        /** They stop the erase: erase or detach them first (RESTRICT, IGNORE). */
        BLOCK
    }
}

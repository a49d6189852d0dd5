package dev.reprieve.core.schema;

import java.util.Objects;

/**
 * One schema problem of a soft-deletable table, found at startup.
 *
 * @param kind       what is wrong
 * @param entityName the soft-deletable entity concerned
 * @param table      its table
 * @param object     the index, constraint or column concerned (for display)
 * @param message    what is wrong and how to fix it, in one sentence
 */
public record SchemaFinding(Kind kind, String entityName, String table, String object, String message) {

    /** The kinds of problem the schema check reports. */
    public enum Kind {
        /** A plain unique constraint: a deleted row keeps holding its value, so it cannot be created again. */
        PLAIN_UNIQUE_CONSTRAINT,
        /** No index on the soft-delete column: every alive read and trash scan reads the whole table. */
        MISSING_SOFT_DELETE_INDEX,
        /** A declared {@code @UniqueWhenAlive} key that no index of the database enforces. */
        MISSING_UNIQUE_WHEN_ALIVE_INDEX,
        /** A foreign key whose ON DELETE rule contradicts the soft-delete policy. */
        FOREIGN_KEY_RULE,
        /** A plain entity whose delete cascades into a soft-deletable one, which stays and blocks it. */
        PLAIN_PARENT_CASCADE,
        /** A declared {@code deletionReason} attribute whose column the table lacks: every delete would fail. */
        MISSING_DELETION_REASON_COLUMN
    }

    public SchemaFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + " " + entityName + " (" + table + (object == null ? "" : ", " + object) + "): " + message;
    }
}

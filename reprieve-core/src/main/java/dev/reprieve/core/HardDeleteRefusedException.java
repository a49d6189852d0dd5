package dev.reprieve.core;

/**
 * A statement would have removed rows of a soft-deletable table without being asked to by name.
 * Reprieve refuses it rather than lose data; use a hard-delete method or scope when you mean it.
 */
public class HardDeleteRefusedException extends ReprieveException {

    public HardDeleteRefusedException(String table, String sql) {
        super("Refused a hard DELETE on soft-deletable table '" + table + "': " + sql
                + " -- use the repository's delete methods to soft-delete, or hardDelete(...) /"
                + " HardDeletes.run(...) when you really mean to remove rows for good");
    }
}

package dev.reprieve.core;

/**
 * A deletion or restore reason longer than the {@code deletion_reason} column of a type the operation writes:
 * refused before any row changes, instead of being cut or failing half-way.
 */
public class DeletionReasonTooLongException extends ReprieveException {

    private final int length;
    private final int limit;

    public DeletionReasonTooLongException(String entityName, int length, int limit) {
        super("The deletion reason has " + length + " characters; " + entityName + "'s deletion reason column holds "
                + limit + ". Nothing was changed.");
        this.length = length;
        this.limit = limit;
    }

    /** @return the reason's length in characters */
    public int length() {
        return length;
    }

    /** @return the most characters the column holds */
    public int limit() {
        return limit;
    }
}

package dev.reprieve.core;

/** A soft-delete operation was asked for a type that is not {@link SoftDeletable}, or is mapped wrongly. */
public class NotSoftDeletableException extends ReprieveException {

    public NotSoftDeletableException(String message) {
        super(message);
    }
}

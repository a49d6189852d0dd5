package dev.reprieve.core;

/** Base of every error Reprieve raises on purpose; the message always names the entity involved. */
public class ReprieveException extends RuntimeException {

    public ReprieveException(String message) {
        super(message);
    }

    public ReprieveException(String message, Throwable cause) {
        super(message, cause);
    }
}

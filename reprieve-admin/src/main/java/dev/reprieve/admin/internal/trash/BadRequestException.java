package dev.reprieve.admin.internal.trash;

/** A request parameter the admin cannot read (an id of the wrong form, a bad date, a bad cursor): 400. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}

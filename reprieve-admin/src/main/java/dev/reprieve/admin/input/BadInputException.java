package dev.reprieve.admin.input;

/** Input a request may not carry (unstorable text, a page number out of bounds): answered with 400 and this message. */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}

package dev.reprieve.demo.web;

/** A request that contradicts the data as it is (a taken unique value); answered with 409, nothing changed. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}

package dev.reprieve.demo.web;

/** A request the API cannot understand; answered with 400 and this message. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}

package dev.reprieve.demo.web;

/** The row exists but is not visible with the requested {@code ?deleted=} scope, or does not exist: 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, Object id) {
        super(entity + " with id " + id + " not found");
    }
}

package dev.reprieve.admin.internal.trash;

/** A type name in a request that is not a soft-deletable entity: answered with 404, nothing looked up. */
public class UnknownTypeException extends RuntimeException {

    public UnknownTypeException(String name, java.util.Collection<String> known) {
        super("'" + name + "' is not a soft-deletable type; known types: " + String.join(", ", known));
    }
}

package dev.reprieve.admin.internal.trash;

/** An erase that cannot go ahead (something blocks it, or it changed since it was confirmed): 409, nothing erased. */
public class EraseRefusedException extends RuntimeException {

    public EraseRefusedException(String message) {
        super(message);
    }
}

package dev.reprieve.admin.internal.trash;

/**
 * The row asked for is not in the trash: it does not exist (404), or it is alive (409). Nothing was done.
 */
public class RowNotInTrashException extends RuntimeException {

    private final boolean exists;

    public RowNotInTrashException(RowRef row, boolean exists) {
        super(exists ? row + " is not in the trash (it is alive); delete it in the application first"
                : row + " does not exist");
        this.exists = exists;
    }

    /** @return whether the row exists (alive) */
    public boolean exists() {
        return exists;
    }
}

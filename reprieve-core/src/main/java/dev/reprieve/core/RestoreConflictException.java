package dev.reprieve.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A restore refused because alive rows hold {@link UniqueWhenAlive} values of the rows it would bring back.
 * Nothing was restored; every conflict of the whole group is listed. Maps to HTTP 409.
 */
public class RestoreConflictException extends ReprieveException {

    private final transient List<RestoreConflict> conflicts;

    public RestoreConflictException(List<RestoreConflict> conflicts) {
        this(conflicts, null);
    }

    public RestoreConflictException(List<RestoreConflict> conflicts, Throwable cause) {
        super(message(conflicts), cause);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<RestoreConflict> conflicts() {
        return conflicts;
    }

    private static String message(List<RestoreConflict> conflicts) {
        if (conflicts.isEmpty()) {
            throw new IllegalArgumentException("a restore conflict needs at least one conflict");
        }
        return "Cannot restore: "
                + conflicts.stream().map(RestoreConflict::describe).collect(Collectors.joining("; "))
                + ". Nothing was restored; change or delete the alive row(s) first";
    }
}

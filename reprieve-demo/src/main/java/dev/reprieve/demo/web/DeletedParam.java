package dev.reprieve.demo.web;

import dev.reprieve.core.Visibility;
import java.util.Locale;

/** Reads the {@code ?deleted=} query parameter shared by every list and detail endpoint. */
public final class DeletedParam {

    private DeletedParam() {
    }

    /**
     * @param value absent (alive rows), {@code include} (all rows) or {@code only} (deleted rows)
     * @throws BadRequestException for anything else
     */
    public static Visibility parse(String value) {
        if (value == null || value.isBlank()) {
            return Visibility.ALIVE;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "include" -> Visibility.ALL;
            case "only" -> Visibility.DELETED;
            case "exclude" -> Visibility.ALIVE;
            default -> throw new BadRequestException("deleted must be 'include' or 'only', not '" + value + "'");
        };
    }
}

package dev.reprieve.admin.internal.web;

import dev.reprieve.admin.internal.trash.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code from}/{@code to} parameters: an ISO instant ({@code 2026-01-31T10:00:00Z}), a local
 * date-time as a browser's date-time field sends it ({@code 2026-01-31T10:00}, read as UTC) or a date
 * ({@code 2026-01-31}; as {@code to} it includes that whole day).
 */
final class TimeParam {

    private TimeParam() {
    }

    static Instant from(String text) {
        return parse(text, "from", false);
    }

    static Instant to(String text) {
        return parse(text, "to", true);
    }

    private static Instant parse(String text, String name, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return java.time.OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be a date (2026-01-31) or a date-time (2026-01-31T10:00:00Z), got '"
                    + text + "'");
        }
    }
}

package dev.reprieve.core.spi;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a retention such as {@code 30d}, {@code 12h}, {@code 90m} or ISO-8601 {@code P30D}. */
public final class RetentionParser {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([dhms])");

    private RetentionParser() {
    }

    /**
     * @param text   the text to read; blank means "no retention"
     * @param source where the text came from (a property or annotation), named in the error
     * @return the duration, or {@code null} for blank text
     * @throws IllegalArgumentException naming {@code source} when the text is negative or unreadable
     */
    public static Duration parse(String text, String source) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        Duration duration;
        Matcher m = SHORT.matcher(value.toLowerCase());
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            duration = switch (m.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
        } else {
            try {
                duration = Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(source + ": cannot read retention '" + text
                        + "'; use a duration such as 30d, 12h or P30D", e);
            }
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException(source + ": retention '" + text + "' is negative");
        }
        return duration;
    }
}

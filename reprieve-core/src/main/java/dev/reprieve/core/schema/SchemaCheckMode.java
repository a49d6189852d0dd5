package dev.reprieve.core.schema;

import java.util.Locale;

/** What the startup schema check does with its findings. */
public enum SchemaCheckMode {
    /** Log each finding as a warning and start (the default). */
    WARN,
    /** Refuse to start, listing every finding. */
    FAIL,
    /** Do not inspect the schema. */
    OFF;

    /**
     * @param value {@code warn}, {@code fail} or {@code off} (any case), a mode, or {@code null} for the default
     * @throws IllegalArgumentException for anything else, naming the accepted values
     */
    public static SchemaCheckMode parse(Object value) {
        if (value == null || value.toString().isBlank()) {
            return WARN;
        }
        if (value instanceof SchemaCheckMode mode) {
            return mode;
        }
        try {
            return valueOf(value.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("schema check mode '" + value + "' is not one of warn, fail, off", e);
        }
    }
}

package dev.reprieve.admin.input;

/**
 * Whether text can be stored as it was sent on every supported database: PostgreSQL refuses the NUL
 * character, and a lone UTF-16 surrogate has no UTF-8 form (it would be stored as {@code ?}). Such text is
 * refused up front with a message naming where it came from, so nothing is stored differently than answered.
 */
public final class StorableText {

    private StorableText() {
    }

    /** @return why {@code text} cannot be stored, or {@code null} when it can */
    public static String problem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "contains a NUL character (\\u0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired UTF-16 surrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired UTF-16 surrogate";
            }
        }
        return null;
    }

    /**
     * @param where how the message names the input, e.g. {@code parameter 'q'} or {@code field 'title'}
     * @throws BadInputException naming {@code where} when the text cannot be stored
     */
    public static void require(String where, CharSequence text) {
        String problem = text == null ? null : problem(text);
        if (problem != null) {
            throw new BadInputException(where + " " + problem + ", which cannot be stored");
        }
    }
}

package dev.reprieve.admin.input;

/**
 * Validates a redirect target taken from a request ({@code back=}): only a local path under a given prefix
 * is followed; anything else (another host, {@code //host}, backslashes, control characters such as CR/LF)
 * quietly falls back to a default, so the answer is always a plain redirect and never an error.
 */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    /**
     * @param target   the requested target, may be {@code null}
     * @param prefix   the path the target must start with, e.g. {@code /reprieve/} or {@code /}
     * @param fallback where to go otherwise
     */
    public static String target(String target, String prefix, String fallback) {
        if (target == null || !target.startsWith(prefix) || !target.startsWith("/") || target.startsWith("//")
                || target.length() > 2000) {
            return fallback;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 0x21 || (c >= 0x7f && c <= 0x9f) || c == '\\') {
                return fallback;
            }
        }
        return target;
    }
}

package dev.reprieve.hibernate.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the top-level scalar members of an archive table row's JSON payload (a flat object of column values,
 * as the dialect wrote it): names lower-cased, numbers as {@code Long} or text, nested values skipped. Enough
 * to find a row's id and foreign keys without a JSON library in this module.
 */
final class ArchivePayload {

    private final String text;
    private int at;

    private ArchivePayload(String text) {
        this.text = text;
    }

    static Map<String, Object> read(String json) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (json == null) {
            return values;
        }
        ArchivePayload p = new ArchivePayload(json);
        p.skipSpace();
        if (!p.take('{')) {
            return values;
        }
        while (true) {
            p.skipSpace();
            if (p.take('}') || p.at >= p.text.length()) {
                return values;
            }
            String name = p.string();
            p.skipSpace();
            p.take(':');
            p.skipSpace();
            values.put(name.toLowerCase(Locale.ROOT), p.value());
            p.skipSpace();
            p.take(',');
        }
    }

    private Object value() {
        char c = text.charAt(at);
        if (c == '"') {
            return string();
        }
        if (c == '{' || c == '[') {
            skipNested();
            return null;
        }
        int start = at;
        while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String word = text.substring(start, at);
        if (word.equals("null")) {
            return null;
        }
        if (word.equals("true") || word.equals("false")) {
            return Boolean.valueOf(word);
        }
        try {
            return Long.valueOf(word);
        } catch (NumberFormatException notInteger) {
            return word;
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        take('"');
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                break;
            }
            if (c == '\\' && at < text.length()) {
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, Math.min(at + 4, text.length())), 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void skipNested() {
        int depth = 0;
        do {
            char c = text.charAt(at);
            if (c == '"') {
                string();
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
            at++;
        } while (depth > 0 && at < text.length());
    }

    private boolean take(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}

package dev.reprieve.core.sql;

import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Optional;

/** H2, the embedded database of the demo and of server-less tests: plain indexes. */
public final class H2Dialect implements SoftDeleteDialect {

    @Override
    public String name() {
        return "h2";
    }

    // ---- the admin's trash and history (see TrashSql, AuditSql) ----

    @Override
    public String castToText(String expression) {
        return "CAST(" + expression + " AS VARCHAR)";
    }

    @Override
    public String castToInteger(String expression) {
        return "CAST(" + expression + " AS BIGINT)";
    }

    @Override
    public String timestampType() {
        return "TIMESTAMP(6) WITH TIME ZONE";
    }

    private static final Pattern VALUES = Pattern.compile("VALUES \\( /\\* key:\\S+ \\*/ (.*?)(, CAST\\(1 AS TINYINT\\))?\\)\"");

    @Override
    public Optional<String> violatedValue(String databaseMessage) {
        Matcher m = VALUES.matcher(databaseMessage == null ? "" : databaseMessage);
        if (!m.find()) {
            return Optional.empty();
        }
        String value = m.group(1);
        return Optional.of(value.length() > 1 && value.startsWith("'") && value.endsWith("'")
                ? value.substring(1, value.length() - 1) : value);
    }
}

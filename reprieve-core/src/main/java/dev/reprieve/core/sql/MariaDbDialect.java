package dev.reprieve.core.sql;

import dev.reprieve.core.SoftDeleteTable;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Optional;

/** MariaDB and MySQL: no partial indexes, so plain B-tree indexes on the soft-delete columns. */
public final class MariaDbDialect implements SoftDeleteDialect {

    @Override
    public String name() {
        return "mariadb";
    }


    /** MariaDB's syntax for the alive marker: a virtual column costs no storage. */
    @Override
    public String aliveMarkerDefinition(SoftDeleteTable t) {
        return "TINYINT AS (CASE WHEN " + t.deletedAtColumn() + " IS NULL THEN 1 END) VIRTUAL";
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate entry '(.*)' for key");

    @Override
    public Optional<String> violatedValue(String databaseMessage) {
        Matcher m = DUPLICATE.matcher(databaseMessage == null ? "" : databaseMessage);
        if (!m.find()) {
            return Optional.empty();
        }
        String entry = m.group(1);
        // the entry joins the key's values and the alive marker with '-': drop the marker
        return Optional.of(entry.endsWith("-1") ? entry.substring(0, entry.length() - 2) : entry);
    }
}

package dev.reprieve.core.spi.sql;

/**
 * Splits a table name as SQL writes it ({@code todo}, {@code unit_a.todo}, {@code "Cat"."Todo"}, {@code `db`.`todo`})
 * into its qualifier and its own name: index names derive from the table's own name, while the index lives next to
 * the table in its schema.
 */
public final class QualifiedNames {

    private QualifiedNames() {
    }

    /** The table's own name, without schema or catalog, quotes kept: {@code "Todo"} of {@code app."Todo"}. */
    public static String unqualified(String table) {
        int dot = lastSeparator(table);
        return dot < 0 ? table : table.substring(dot + 1);
    }

    /** The schema and/or catalog prefix including its final dot ({@code app.}), or empty when unqualified. */
    public static String qualifier(String table) {
        int dot = lastSeparator(table);
        return dot < 0 ? "" : table.substring(0, dot + 1);
    }

    /** The index of the dot that ends the qualifier, skipping dots inside a quoted last part. */
    private static int lastSeparator(String table) {
        int end = table.length() - 1;
        if (end > 0 && (table.charAt(end) == '"' || table.charAt(end) == '`' || table.charAt(end) == ']')) {
            char open = table.charAt(end) == ']' ? '[' : table.charAt(end);
            int start = table.lastIndexOf(open, end - 1);
            return start > 0 && table.charAt(start - 1) == '.' ? start - 1 : -1;
        }
        return table.lastIndexOf('.');
    }
}

package dev.reprieve.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last line of defence against accidental data loss: looks at every SQL statement about to run and
 * refuses a {@code DELETE} on a soft-deletable table unless the thread is inside {@link HardDeletes}.
 * It catches what no higher layer sees: JPQL and Criteria bulk deletes, native queries, cascades.
 */
public final class HardDeleteGuard {

    private static final Pattern DELETE = Pattern.compile(
            "^\\s*(?:/\\*.*?\\*/\\s*)*delete\\s(.*?)(?:\\swhere\\s.*)?$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[\\w.\"`]+");

    private final SoftDeleteModel model;

    public HardDeleteGuard(SoftDeleteModel model) {
        this.model = model;
    }

    /**
     * @return the statement unchanged when allowed
     * @throws HardDeleteRefusedException when it deletes from a soft-deletable table outside {@link HardDeletes}
     */
    public String check(String sql) {
        if (sql == null || !startsWithDelete(sql) || HardDeletes.allowed()) {
            return sql;
        }
        Matcher delete = DELETE.matcher(sql);
        if (delete.matches()) {
            // every name before WHERE: covers DELETE FROM t, DELETE t FROM t, DELETE a FROM t a JOIN u ...
            Matcher name = NAME.matcher(delete.group(1));
            while (name.find()) {
                if (model.forTable(name.group()).isPresent()) {
                    throw new HardDeleteRefusedException(name.group(), sql);
                }
            }
        }
        return sql;
    }

    /**
     * The cheap test every statement passes through: does it begin, after blanks and comments, with
     * {@code delete}? Only those go on to the regular expressions.
     */
    static boolean startsWithDelete(String sql) {
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else {
                return sql.regionMatches(true, i, "delete", 0, 6);
            }
        }
        return false;
    }
}

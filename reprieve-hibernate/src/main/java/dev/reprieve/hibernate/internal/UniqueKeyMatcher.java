package dev.reprieve.hibernate.internal;

import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a database's unique violation: whether an {@link SQLException} is one, and which
 * {@code @UniqueWhenAlive} key its message names. Shared by the user-facing {@code UniqueViolations} and the
 * restore's conflict check.
 */
public final class UniqueKeyMatcher {

    private UniqueKeyMatcher() {
    }

    /** The key a unique violation's message names: by its index, or by a partition's copy of that index. */
    public static Optional<UniqueAliveConstraint> violatedKey(String message, Collection<UniqueAliveConstraint> keys,
            SoftDeleteDialect dialect) {
        return match(message, keys).or(() -> matchPartitionIndex(message, keys, dialect));
    }

    /**
     * The key whose index a partition holds under a name the database chose; only when exactly one key fits,
     * so that two keys on the same columns are never confused.
     */
    static Optional<UniqueAliveConstraint> matchPartitionIndex(String message, Collection<UniqueAliveConstraint> keys,
            SoftDeleteDialect dialect) {
        var fitting = keys.stream().filter(key -> dialect.namesPartitionIndexOf(message, key)).toList();
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    /** SQLState 23505 (PostgreSQL, H2) or MariaDB's duplicate-key error 1062. */
    public static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == 1062;
    }

    /** The key whose index the message names; the longest name wins so that prefixes cannot mismatch. */
    static Optional<UniqueAliveConstraint> match(String message, Collection<UniqueAliveConstraint> keys) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        UniqueAliveConstraint best = null;
        for (UniqueAliveConstraint key : keys) {
            String index = key.indexName().toLowerCase(Locale.ROOT);
            if (text.contains(index) && (best == null || index.length() > best.indexName().length())) {
                best = key;
            }
        }
        return Optional.ofNullable(best);
    }
}

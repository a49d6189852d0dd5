package dev.reprieve.hibernate;

import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.UniqueViolationException;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.SessionFactory;

/**
 * Recognises, in any exception (Hibernate's {@code ConstraintViolationException}, Spring's
 * {@code DataIntegrityViolationException}, a JPA {@code PersistenceException}...), the database's refusal of a
 * second alive row with a {@link dev.reprieve.core.UniqueWhenAlive} value, and names the entity and key.
 *
 * <p>An HTTP layer maps it to 409: {@code UniqueViolations.find(ex, emf.unwrap(SessionFactory.class))
 * .map(v -> conflict(v.getMessage()))}.
 */
public final class UniqueViolations {

    private UniqueViolations() {
    }

    /** @return the violated key of this persistence unit named in {@code error}'s cause chain, if any */
    public static Optional<UniqueViolationException> find(Throwable error, SessionFactory sessionFactory) {
        ReprieveRuntime runtime = ReprieveRuntime.of(sessionFactory);
        return find(error, runtime.uniqueConstraints(), runtime.dialect());
    }

    static Optional<UniqueViolationException> find(Throwable error, Collection<UniqueAliveConstraint> keys,
            SoftDeleteDialect dialect) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && isUniqueViolation(sql)) {
                Optional<UniqueAliveConstraint> key = violatedKey(sql.getMessage(), keys, dialect);
                if (key.isPresent()) {
                    return Optional.of(new UniqueViolationException(key.get(),
                            dialect.violatedValue(sql.getMessage()).orElse(null), error));
                }
            }
        }
        return Optional.empty();
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

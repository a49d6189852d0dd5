package dev.reprieve.hibernate;

import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.UniqueViolationException;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.hibernate.internal.UniqueKeyMatcher;
import java.sql.SQLException;
import java.util.Collection;
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
            if (t instanceof SQLException sql && UniqueKeyMatcher.isUniqueViolation(sql)) {
                Optional<UniqueAliveConstraint> key = UniqueKeyMatcher.violatedKey(sql.getMessage(), keys, dialect);
                if (key.isPresent()) {
                    return Optional.of(new UniqueViolationException(key.get(),
                            dialect.violatedValue(sql.getMessage()).orElse(null), error));
                }
            }
        }
        return Optional.empty();
    }
}

package dev.reprieve.spring;

import dev.reprieve.core.ReprieveException;
import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Spring's {@link InvalidDataAccessApiUsageException} for a Reprieve operation asked of a row or type it does not
 * apply to: restoring a row that is not deleted, a hard delete that did not go through {@code hardDelete}, a
 * soft-delete operation on a type that is not soft-deletable. The Reprieve exception is the cause, with its details.
 */
public class ReprieveUsageException extends InvalidDataAccessApiUsageException {

    public ReprieveUsageException(ReprieveException refusal) {
        super(refusal.getMessage(), refusal);
    }

    /** What Reprieve refused, e.g. a {@code NotDeletedException} naming the entity and id. */
    public ReprieveException getReprieveException() {
        return (ReprieveException) getCause();
    }
}

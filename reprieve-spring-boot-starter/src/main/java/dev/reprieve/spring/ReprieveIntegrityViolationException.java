package dev.reprieve.spring;

import dev.reprieve.core.ReprieveException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Spring's {@link DataIntegrityViolationException} for what Reprieve refuses to keep the data consistent: a delete
 * that a {@code RESTRICT} relation blocks, a restore that would repeat an alive unique value or revive a row under a
 * deleted parent, a reference to a deleted row. The Reprieve exception is the cause, with its details
 * ({@link #getReprieveException()}), so an application maps the category to 409 and reads the details if it cares.
 */
public class ReprieveIntegrityViolationException extends DataIntegrityViolationException {

    public ReprieveIntegrityViolationException(ReprieveException refusal) {
        super(refusal.getMessage(), refusal);
    }

    /** What Reprieve refused, e.g. a {@code RestrictedDeleteException} with the blocking relations. */
    public ReprieveException getReprieveException() {
        return (ReprieveException) getCause();
    }
}

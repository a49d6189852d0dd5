package dev.reprieve.spring;

import dev.reprieve.core.RowNotFoundException;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * Spring's {@link EmptyResultDataAccessException} (one row expected, none found) for a Reprieve operation on a row
 * that does not exist, e.g. {@code restore(id)} or {@code hardDeleteById(id)} of an unknown id. The Reprieve
 * exception is the cause and names the entity and the id.
 */
public class ReprieveRowNotFoundException extends EmptyResultDataAccessException {

    public ReprieveRowNotFoundException(RowNotFoundException notFound) {
        super(notFound.getMessage(), 1, notFound);
    }

    public RowNotFoundException getReprieveException() {
        return (RowNotFoundException) getCause();
    }

    /** The entity looked for, e.g. {@code Todo}. */
    public String getEntityName() {
        return getReprieveException().getEntityName();
    }

    /** The id that matched no row. */
    public Object getId() {
        return getReprieveException().getId();
    }
}

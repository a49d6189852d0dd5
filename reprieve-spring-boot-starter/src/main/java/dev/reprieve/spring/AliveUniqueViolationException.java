package dev.reprieve.spring;

import dev.reprieve.core.UniqueViolationException;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Spring's {@link DataIntegrityViolationException} for a write that would give a second alive row a
 * {@code @UniqueWhenAlive} value: names the entity, its fields and the value, so an application answers 409
 * without reading database messages. Thrown wherever Spring translates persistence exceptions: repository
 * calls, {@code @Repository} beans and transaction commits.
 */
public class AliveUniqueViolationException extends DataIntegrityViolationException {

    private final String entityName;
    private final List<String> fields;
    private final String value;

    public AliveUniqueViolationException(UniqueViolationException violation) {
        super(violation.getMessage(), violation);
        this.entityName = violation.constraint().entityName();
        this.fields = List.copyOf(violation.constraint().attributes());
        this.value = violation.value();
    }

    /** The entity whose alive rows must not share the value. */
    public String getEntityName() {
        return entityName;
    }

    /** The attributes of the unique key, in index order. */
    public List<String> getFields() {
        return fields;
    }

    /** The refused value, when the database's message names it; {@code null} otherwise. */
    public String getValue() {
        return value;
    }
}

package dev.reprieve.core;

/**
 * A write that would give a second alive row a {@link UniqueWhenAlive} value, as the database refused it.
 * Names the entity and the key so that an HTTP layer can answer 409 with this message as it is.
 */
public class UniqueViolationException extends ReprieveException {

    private final transient UniqueAliveConstraint constraint;
    private final String value;

    public UniqueViolationException(UniqueAliveConstraint constraint, String value, Throwable cause) {
        super(constraint.entityName() + "." + constraint.describeAttributes()
                + (value == null ? "" : " '" + value + "'") + " is already used by an alive "
                + constraint.entityName() + " (unique among alive rows)", cause);
        this.constraint = constraint;
        this.value = value;
    }

    /** The value the database refused, when its message names it; {@code null} otherwise. */
    public String value() {
        return value;
    }

    public UniqueAliveConstraint constraint() {
        return constraint;
    }
}

package dev.reprieve.core;

/**
 * A write that would give a second alive row a {@link UniqueWhenAlive} value, as the database refused it.
 * Names the entity and the key so that an HTTP layer can answer 409 with this message as it is.
 */
public class UniqueViolationException extends ReprieveException {

    private final transient UniqueAliveConstraint constraint;

    public UniqueViolationException(UniqueAliveConstraint constraint, String value, Throwable cause) {
        super(constraint.entityName() + "." + constraint.describeAttributes()
                + (value == null ? "" : " '" + value + "'") + " is already used by an alive "
                + constraint.entityName() + " (unique among alive rows)", cause);
        this.constraint = constraint;
    }

    public UniqueAliveConstraint constraint() {
        return constraint;
    }
}

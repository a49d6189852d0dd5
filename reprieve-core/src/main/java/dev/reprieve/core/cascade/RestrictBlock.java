package dev.reprieve.core.cascade;

/**
 * Alive rows that stop a soft delete through one {@code RESTRICT} relationship.
 *
 * @param relation    the relationship, {@code Book.author}
 * @param childEntity the blocking entity type
 * @param count       how many alive rows block
 */
public record RestrictBlock(String relation, String childEntity, long count) {

    /** @return e.g. {@code 3 alive Book rows reference it through Book.author (RESTRICT)} */
    public String describe() {
        return count + " alive " + childEntity + " row" + (count == 1 ? "" : "s") + " reference it through "
                + relation + " (RESTRICT)";
    }
}

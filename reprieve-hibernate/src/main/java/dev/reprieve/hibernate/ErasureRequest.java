package dev.reprieve.hibernate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Which rows of one entity a {@link SubjectErasure} starts from: given ids, or the rows whose mapped property
 * equals a value (e.g. {@code where("Article", "author", 7)}: {@code author_id = 7}). The property is checked
 * against the mapping and the value bound, never written into SQL. Their dependents along the cascade go too.
 *
 * @param entity   the entity name (or class name) of a soft-deletable type
 * @param ids      the rows' ids; empty when a property selects them
 * @param property the mapped property (a basic one, or a to-one whose id the value is); {@code null} with ids
 * @param value    the value the property must equal; {@code null} with ids
 */
public record ErasureRequest(String entity, List<Object> ids, String property, Object value) {

    public ErasureRequest {
        if (entity == null || entity.isBlank()) {
            throw new IllegalArgumentException("An erasure needs an entity name");
        }
        ids = ids == null ? List.of() : List.copyOf(ids);
        if (property == null) {
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("An erasure of " + entity + " needs ids or a property and value");
            }
        } else if (!ids.isEmpty()) {
            throw new IllegalArgumentException("An erasure of " + entity + " selects by ids or by a property, not both");
        } else if (value == null) {
            throw new IllegalArgumentException("An erasure of " + entity + " where " + property + " needs a value");
        }
    }

    /** The rows of {@code entity} with these ids. */
    public static ErasureRequest ids(String entity, Collection<?> ids) {
        Objects.requireNonNull(ids, "ids");
        return new ErasureRequest(entity, new ArrayList<>(ids), null, null);
    }

    /** The rows of {@code entity} whose {@code property} equals {@code value}. */
    public static ErasureRequest where(String entity, String property, Object value) {
        if (property == null || property.isBlank()) {
            throw new IllegalArgumentException("An erasure of " + entity + " by property needs the property's name");
        }
        return new ErasureRequest(entity, List.of(), property, value);
    }

    /** @return whether a property selects the rows */
    public boolean byProperty() {
        return property != null;
    }
}

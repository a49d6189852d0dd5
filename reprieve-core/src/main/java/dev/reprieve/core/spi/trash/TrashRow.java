package dev.reprieve.core.spi.trash;

import java.time.Instant;

/**
 * One soft-deleted row as the trash lists it.
 *
 * @param entityName the entity type
 * @param id         the id as text (as it appears in URLs)
 * @param deletedAt  when it was deleted
 * @param deletedBy  who deleted it, or {@code null} when unknown
 * @param deletionId the delete operation that marked it (shared by its cascade group), or {@code null}
 * @param label      the label column's value, or {@code null} when the type has none
 */
public record TrashRow(String entityName, String id, Instant deletedAt, String deletedBy, String deletionId,
        String label) {
}

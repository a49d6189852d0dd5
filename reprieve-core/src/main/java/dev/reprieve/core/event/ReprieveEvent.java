package dev.reprieve.core.event;

/**
 * Something Reprieve did to rows, told once per operation (never once per row): a soft delete, a restore, a
 * purge batch or a hard delete. {@link ReprieveListener}s hear them; the Spring Boot starter also publishes
 * them as application events.
 */
public sealed interface ReprieveEvent permits SoftDeleted, Restored, Purged, Erased {

    /** @return the entity type the operation was asked for (the root of a cascade) */
    String entityName();
}

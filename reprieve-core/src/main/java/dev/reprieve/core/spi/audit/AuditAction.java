package dev.reprieve.core.spi.audit;

/** What happened to a row, as the deletion history records it. */
public enum AuditAction {
    /** Soft-deleted (read from the row itself while it is in the trash, recorded when it leaves it). */
    DELETED,
    /** Brought back from the trash. */
    RESTORED,
    /** Removed for good by an explicit, confirmed erase. */
    ERASED,
    /** Removed for good by the retention purge. */
    PURGED
}

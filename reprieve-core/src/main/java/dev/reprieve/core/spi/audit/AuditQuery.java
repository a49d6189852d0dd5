package dev.reprieve.core.spi.audit;

import java.time.Instant;

/**
 * A filter over the deletion history; every field is optional ({@code null}).
 *
 * @param action     only this kind of event
 * @param entityName only this type
 * @param actor      only events by this user
 * @param from       at or after
 * @param to         before
 * @param limit      at most this many events, newest first
 * @param afterAt    keyset paging: only events after this one in newest-first order (older, or as old with a
 *                   smaller id); {@code null} from the newest
 * @param afterId    the id of that event; set together with {@code afterAt}
 * @param reason     only events whose reason contains this text (case-sensitive substring)
 */
public record AuditQuery(AuditAction action, String entityName, String actor, Instant from, Instant to, int limit,
        Instant afterAt, String afterId, String reason) {

    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        if (actor != null && actor.isBlank()) {
            actor = null;
        }
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
        if ((afterAt == null) != (afterId == null)) {
            throw new IllegalArgumentException("afterAt and afterId go together");
        }
    }

    /** From the newest event. */
    public AuditQuery(AuditAction action, String entityName, String actor, Instant from, Instant to, int limit) {
        this(action, entityName, actor, from, to, limit, null, null, null);
    }

    /** From the newest event, only those whose reason contains {@code reason}. */
    public AuditQuery(AuditAction action, String entityName, String actor, Instant from, Instant to, int limit,
            String reason) {
        this(action, entityName, actor, from, to, limit, null, null, reason);
    }

    /** @return the same filter, {@code limit} events after the given one */
    public AuditQuery after(Instant at, String id, int limit) {
        return new AuditQuery(action, entityName, actor, from, to, limit, at, id, reason);
    }
}

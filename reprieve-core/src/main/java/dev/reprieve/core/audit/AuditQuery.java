package dev.reprieve.core.audit;

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
 */
public record AuditQuery(AuditAction action, String entityName, String actor, Instant from, Instant to, int limit) {

    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        if (actor != null && actor.isBlank()) {
            actor = null;
        }
    }
}

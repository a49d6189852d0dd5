package dev.reprieve.core.event;

import java.util.Objects;

/**
 * One committed batch of the retention purge: rows of one type gone for good (after their archiving, when the
 * type archives).
 *
 * @param entityName the type
 * @param rows       how many rows the batch deleted
 * @param ids        their ids for a batch that selected and locked its rows (types that archive or have plain
 *                   dependents); for a batch that deleted a primary-key range, none ({@link EventIds#complete()}
 *                   is false) and the range in {@code lowId}..{@code highId}
 * @param lowId      the smallest id a range batch covered, or {@code null}
 * @param highId     the largest id a range batch covered, or {@code null}
 */
public record Purged(String entityName, long rows, EventIds ids, Object lowId, Object highId) implements ReprieveEvent {

    public Purged {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(ids, "ids");
    }
}

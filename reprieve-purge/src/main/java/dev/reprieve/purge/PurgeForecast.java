package dev.reprieve.purge;

import java.time.Duration;
import java.time.Instant;

/**
 * What a purge would erase now for one type (the dry run). Parents held only by expired children are
 * counted once those children are gone, so a run may erase a little more than forecast.
 *
 * @param entityName       the type
 * @param retention        its retention
 * @param cutoff           rows deleted before this instant are expired
 * @param rows             rows a purge would erase now
 * @param oldestDeletedAt  the oldest deletion time among them, or {@code null} when there are none
 */
public record PurgeForecast(String entityName, Duration retention, Instant cutoff, long rows, Instant oldestDeletedAt) {
}

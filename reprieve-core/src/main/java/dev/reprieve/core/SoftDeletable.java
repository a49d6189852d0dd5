package dev.reprieve.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose delete is reversible: a delete stamps {@code deletedAt}, {@code deletedBy} and
 * {@code deletionId} and the row disappears from every normal query instead of leaving the table.
 *
 * <p>The entity either extends {@code dev.reprieve.hibernate.SoftDeletableEntity} (which carries this
 * annotation) or declares the three attributes itself: {@code Instant deletedAt}, {@code String deletedBy}
 * and {@code String deletionId}. Anything else fails at startup with a message naming the entity.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SoftDeletable {

    /**
     * How long a deleted row is kept before the purge job may erase it, as an ISO-8601 duration
     * ({@code P30D}) or a short form ({@code 30d}, {@code 12h}). Empty means never purged automatically.
     */
    String retention() default "";
}

package dev.reprieve.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses, for one {@code @ManyToOne} or owning {@code @OneToOne}, what happens when the referenced row is
 * soft-deleted; without it the global default applies ({@code reprieve.references}, {@link ReferencePolicy#LOAD}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface OnDeletedReference {

    ReferencePolicy value();
}

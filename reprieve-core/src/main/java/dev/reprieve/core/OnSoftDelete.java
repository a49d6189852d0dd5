package dev.reprieve.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says what soft-deleting the referenced (parent) row does to the rows on the other side of one
 * relationship. Put it on either side of a foreign-key relationship: on the child's {@code @ManyToOne} /
 * owning {@code @OneToOne} (like Django's {@code on_delete}), or on the parent's {@code @OneToMany} /
 * inverse {@code @OneToOne}. When both sides say something they must agree, or startup fails.
 *
 * <p>Without the annotation the action follows the JPA mapping: {@link SoftDeleteAction#CASCADE} where JPA
 * cascades {@code REMOVE}, has {@code orphanRemoval} or the foreign key is {@code @OnDelete(CASCADE)};
 * {@link SoftDeleteAction#DETACH} for {@code @OnDelete(SET_NULL)}; otherwise
 * {@link SoftDeleteAction#RESTRICT} for soft-deletable dependents (what the foreign key would do to a real
 * delete) and {@link SoftDeleteAction#IGNORE} for dependents that are not soft-deletable.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface OnSoftDelete {

    SoftDeleteAction value();
}

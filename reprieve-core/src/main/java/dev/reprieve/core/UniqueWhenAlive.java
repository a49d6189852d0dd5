package dev.reprieve.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a value unique among the alive rows of a {@link SoftDeletable} entity: deleted rows never hold
 * it, so a new row may take a deleted row's value, and restoring that deleted row is then refused with a
 * {@link RestoreConflictException}. The database enforces it (a partial unique index, or a unique index
 * over a generated "alive" column where the database has no partial indexes).
 *
 * <p>On a field: that attribute alone. On the class: the composite key named by {@link #attributes()};
 * repeat the annotation for several keys. {@code NULL} values never conflict, as with SQL {@code UNIQUE}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
@Repeatable(UniqueWhenAlive.List.class)
public @interface UniqueWhenAlive {

    /** Only on the class: the attribute names of a composite key, in index order. Ignored on a field. */
    String[] attributes() default {};

    /** The index name; empty derives {@code <table>_<columns>_alive_uq}. */
    String name() default "";

    /** Several composite keys on one class. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        UniqueWhenAlive[] value();
    }
}

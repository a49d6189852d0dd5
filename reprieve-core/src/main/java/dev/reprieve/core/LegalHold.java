package dev.reprieve.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the boolean attribute of a {@link SoftDeletable} entity that exempts a row from purge while it is
 * {@code true}: a row under legal hold stays deleted (hidden) but is never erased, however old.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface LegalHold {
}

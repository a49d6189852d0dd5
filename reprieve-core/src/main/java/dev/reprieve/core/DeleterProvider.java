package dev.reprieve.core;

/**
 * Tells who is deleting, for the {@code deleted_by} column. Implementations decide where the answer
 * comes from (a security context, an auditor); {@code null} means unknown.
 */
@FunctionalInterface
public interface DeleterProvider {

    /** Nobody is known: {@code deleted_by} stays empty. */
    DeleterProvider NONE = () -> null;

    /** @return the current user's name, or {@code null} when nobody is known */
    String currentDeleter();
}

package dev.reprieve.hibernate;

import dev.reprieve.core.SoftDeleteTable;

/**
 * The two Hibernate filters that implement visibility. {@link #ALIVE} is enabled in every session and
 * applies to queries, loads by id and collections; scopes swap it for {@link #DELETED} or drop both.
 */
public final class SoftDeleteFilters {

    /** Hides deleted rows; auto-enabled. */
    public static final String ALIVE = "reprieve_alive";

    /** Shows only deleted rows; enabled by the "only deleted" scope. */
    public static final String DELETED = "reprieve_deleted";

    private SoftDeleteFilters() {
    }

    static String aliveCondition(SoftDeleteTable table) {
        return table.deletedAtColumn() + " is null";
    }

    static String deletedCondition(SoftDeleteTable table) {
        return table.deletedAtColumn() + " is not null";
    }
}

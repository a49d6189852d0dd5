package dev.reprieve.hibernate.internal;

import dev.reprieve.core.SoftDeleteTable;
import java.util.Map;
import org.hibernate.Filter;

/**
 * The Hibernate filters that mark a visibility scope. The default (alive) view enables none, so Hibernate
 * caches its translated queries and load plans; Reprieve's persisters then add {@code deleted_at is null}
 * themselves. {@link #ALL} (a no-op condition) and {@link #DELETED} are enabled only inside scopes, where
 * Hibernate translates each query afresh.
 */
public final class SoftDeleteFilters {

    /** Marks an "including deleted" scope; its condition is always true. */
    public static final String ALL = "reprieve_all";

    /** Shows only deleted rows; enabled by the "only deleted" scope. */
    public static final String DELETED = "reprieve_deleted";

    private SoftDeleteFilters() {
    }

    static String allCondition() {
        return "1=1";
    }

    static String deletedCondition(SoftDeleteTable table) {
        return table.deletedAtColumn() + " is not null";
    }

    /** @return whether a session with these enabled filters sees alive rows only */
    static boolean aliveView(Map<String, Filter> enabledFilters) {
        return enabledFilters.isEmpty()
                || !enabledFilters.containsKey(ALL) && !enabledFilters.containsKey(DELETED);
    }
}

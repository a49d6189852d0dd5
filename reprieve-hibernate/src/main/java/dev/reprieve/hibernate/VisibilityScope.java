package dev.reprieve.hibernate;

import dev.reprieve.core.Visibility;
import dev.reprieve.hibernate.internal.SoftDeleteFilters;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Runs a block of JPA code (JPQL, Criteria, {@code find}, collections) with another {@link Visibility}
 * in one session, and puts the previous visibility back afterwards, even on failure.
 */
public final class VisibilityScope {

    private VisibilityScope() {
    }

    /** @return what the session currently sees */
    public static Visibility current(Session session) {
        if (session.getEnabledFilter(SoftDeleteFilters.DELETED) != null) {
            return Visibility.DELETED;
        }
        if (session.getEnabledFilter(SoftDeleteFilters.ALL) != null) {
            return Visibility.ALL;
        }
        return Visibility.ALIVE;
    }

    /** Runs {@code work} in {@code session} seeing {@code visibility}, then restores what was seen before. */
    public static <T> T call(Session session, Visibility visibility, Supplier<T> work) {
        if (!definesFilters(session)) {
            return work.get();
        }
        Visibility previous = current(session);
        apply(session, visibility);
        try {
            return work.get();
        } finally {
            apply(session, previous);
        }
    }

    static void apply(Session session, Visibility visibility) {
        session.disableFilter(SoftDeleteFilters.ALL);
        session.disableFilter(SoftDeleteFilters.DELETED);
        switch (visibility) {
            case ALIVE -> { }
            case DELETED -> session.enableFilter(SoftDeleteFilters.DELETED);
            case ALL -> session.enableFilter(SoftDeleteFilters.ALL);
        }
    }

    private static boolean definesFilters(Session session) {
        return session.getSessionFactory().getDefinedFilterNames().contains(SoftDeleteFilters.DELETED);
    }
}

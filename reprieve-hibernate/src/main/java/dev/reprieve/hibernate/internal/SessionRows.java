package dev.reprieve.hibernate.internal;

import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.core.Visibility;
import dev.reprieve.core.spi.sql.InLists;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.hibernate.VisibilityScope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Keeps Reprieve's own by-id SQL (restore, preview, deletes by id, hard delete) within the rows the session may
 * see: the current tenant's ({@code @TenantId}) and those an application {@code @Filter} enabled in the session
 * lets through. Ids are checked by a Hibernate query in the "including deleted" view, so Hibernate adds the tenant
 * column, bound to the session's tenant, and every enabled filter exactly as it does to the application's own
 * queries. A session with neither (the common case) costs nothing.
 */
final class SessionRows {

    private SessionRows() {
    }

    /** @return whether a tenant or an application filter restricts what the session sees of this entity */
    static boolean restricted(SessionImplementor s, EntityColumns entity) {
        if (!s.getLoadQueryInfluencers().hasEnabledFilters()) {
            return false;
        }
        return VisibilityScope.call(s, Visibility.ALIVE,
                () -> entity.persister().isAffectedByEnabledFilters(s.getLoadQueryInfluencers(), false));
    }

    /**
     * The ids among {@code ids} of rows (alive or deleted) the session may see, in their order; all of them when
     * nothing restricts the session (then {@code ids} itself: a bulk delete's id list is not copied).
     */
    static List<?> visible(SessionImplementor s, EntityColumns entity, List<?> ids, SoftDeleteDialect dialect) {
        if (!restricted(s, entity)) {
            return ids;
        }
        Set<String> seen = new java.util.HashSet<>();
        String query = "select id(e) from " + entity.persister().getEntityName() + " e where id(e) in :ids";
        VisibilityScope.call(s, Visibility.ALL, () -> {
            for (List<?> chunk : InLists.chunks(List.copyOf(new LinkedHashSet<>(ids)), dialect)) {
                for (Object id : s.createSelectionQuery(query, Object.class).setParameterList("ids", chunk)
                        .getResultList()) {
                    seen.add(String.valueOf(id));
                }
            }
            return null;
        });
        List<Object> visible = new ArrayList<>();
        for (Object id : ids) {
            if (seen.contains(String.valueOf(id))) {
                visible.add(id);
            }
        }
        return visible;
    }

    /** Refuses an id whose row the session may not see, as if no row had it. */
    static void require(SessionImplementor s, EntityColumns entity, Object id, SoftDeleteDialect dialect) {
        if (restricted(s, entity) && visible(s, entity, List.of(id), dialect).isEmpty()) {
            throw new RowNotFoundException(entity.table().entityName(), id);
        }
    }

    /** Ids of every alive row of the entity the session may see. */
    static List<Object> aliveIds(SessionImplementor s, EntityColumns entity) {
        return VisibilityScope.call(s, Visibility.ALIVE, () -> s.createSelectionQuery(
                "select id(e) from " + entity.persister().getEntityName() + " e", Object.class).getResultList());
    }
}

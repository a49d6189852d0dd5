package dev.reprieve.admin;

import dev.reprieve.admin.trash.EraseEdge;
import dev.reprieve.admin.trash.EraseEdges;
import dev.reprieve.core.cascade.Relation;
import dev.reprieve.hibernate.ReprieveRuntime;
import java.util.List;

/**
 * The erase planner's edges, read from Reprieve's cascade relationships: what a soft delete cascades to
 * is erased along with it; what it detaches is detached; anything else that still references the row
 * (RESTRICT, IGNORE) stops the erase, as the foreign key would.
 */
final class CascadeEraseEdges {

    private CascadeEraseEdges() {
    }

    static EraseEdges of(ReprieveRuntime runtime) {
        List<EraseEdge> edges = runtime.relations().stream().map(CascadeEraseEdges::edge).toList();
        return () -> edges;
    }

    static EraseEdge edge(Relation r) {
        EraseEdge.Rule rule = switch (r.action()) {
            case CASCADE -> EraseEdge.Rule.ERASE;
            case DETACH -> EraseEdge.Rule.DETACH;
            case RESTRICT, IGNORE -> EraseEdge.Rule.BLOCK;
        };
        return new EraseEdge(r.name(), r.parent(), r.childEntityName(), r.childTable(), r.childIdColumn(), r.foreignKeyColumn(),
                r.child(), rule);
    }
}

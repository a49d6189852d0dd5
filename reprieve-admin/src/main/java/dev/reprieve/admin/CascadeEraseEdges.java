package dev.reprieve.admin;

import dev.reprieve.admin.trash.EraseEdges;
import dev.reprieve.hibernate.ReprieveRuntime;
import java.util.List;

/** The erase planner's edges, read from Reprieve's cascade relationships. */
final class CascadeEraseEdges {

    private CascadeEraseEdges() {
    }

    static EraseEdges of(ReprieveRuntime runtime) {
        // TODO(cascade): map runtime.relations() once the cascade work is on main
        return List::of;
    }
}

package dev.reprieve.admin.trash;

import java.util.List;

/** Where the erase planner learns which rows depend on which: Reprieve's cascade relationships. */
@FunctionalInterface
public interface EraseEdges {

    /** @return every foreign key into a soft-deletable table, with its erase rule */
    List<EraseEdge> all();
}

package dev.reprieve.admin.trash;

import java.util.List;
import java.util.Map;

/**
 * One page of the trash.
 *
 * @param rows        the rows
 * @param page        the 0-based page number asked for (offset paging), 0 when a cursor was used
 * @param size        rows per page
 * @param total       rows matching the filters, all types
 * @param totalByType rows matching the filters, per type
 * @param nextCursor  pass as {@code cursor} to get the next page; {@code null} on the last page
 */
public record TrashPage(List<TrashEntry> rows, int page, int size, long total, Map<String, Long> totalByType,
        String nextCursor) {

    public boolean hasNext() {
        return nextCursor != null;
    }
}

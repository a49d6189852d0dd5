package dev.reprieve.admin.internal.trash;

import dev.reprieve.admin.internal.trash.NativeSql.Column;
import dev.reprieve.core.Visibility;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.TrashSql;
import dev.reprieve.core.spi.trash.TrashCursor;
import dev.reprieve.core.spi.trash.TrashQuery;
import dev.reprieve.core.spi.trash.TrashSource;
import dev.reprieve.hibernate.VisibilityScope;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.Session;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the trash: one page of soft-deleted rows of every (or one) type, set-based through the dialect's
 * trash SQL, with labels and cascade-group sizes for just the rows on the page. Never loads the trash.
 */
public class TrashBrowser {

    private final TrashTypes types;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final TrashSql sql;
    private final SoftDeleteDialect dialect;
    private final int maxPageSize;
    private final int countLimit;

    /**
     * @param countLimit how many matching rows per type the totals count at most ({@code reprieve.admin.count-limit});
     *                   a type with more is reported as "more than {@code countLimit}"
     */
    public TrashBrowser(TrashTypes types, EntityManager sharedEntityManager, TransactionTemplate readOnly, int maxPageSize,
            int countLimit) {
        if (countLimit < 1 || countLimit == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the count limit must be between 1 and " + (Integer.MAX_VALUE - 1) + ", got " + countLimit);
        }
        this.types = types;
        this.entityManager = sharedEntityManager;
        this.readOnly = readOnly;
        this.dialect = types.runtime().dialect();
        this.sql = new TrashSql(dialect);
        this.maxPageSize = maxPageSize;
        this.countLimit = countLimit;
    }

    /**
     * @throws UnknownTypeException for a type name that is not soft-deletable
     * @throws BadRequestException for a bad cursor or page size
     */
    public TrashPage page(TrashFilter filter) {
        if (filter.size() < 1 || filter.size() > maxPageSize) {
            throw new BadRequestException("size must be between 1 and " + maxPageSize + ", got " + filter.size());
        }
        List<TrashSource> sources = filter.type() == null
                ? types.all().stream().map(TrashType::source).toList()
                : List.of(types.require(filter.type()).source());
        TrashCursor cursor = filter.cursor() == null || filter.cursor().isBlank() ? null : TrashCursors.decode(filter.cursor(), types);
        int offset = cursor == null ? Math.multiplyExact(filter.page(), filter.size()) : 0;
        TrashQuery query = new TrashQuery(sources, filter.from(), filter.to(), filter.deletedBy(), filter.text(),
                filter.deletionId(), filter.order(), cursor, offset, filter.size(), filter.reason());
        if (sources.isEmpty()) {
            return TrashPage.of(List.of(), filter.page(), filter.size(), TrashCounts.none(countLimit), null);
        }
        return readOnly.execute(status -> {
            Session session = entityManager.unwrap(Session.class);
            List<Object[]> rows = NativeSql.rows(session, dialect, sql.page(query), Column.text("entity_type"), Column.text("id_text"),
                    Column.instant("deleted_at"), Column.text("deleted_by"), Column.text("deletion_id"), Column.text("label"),
                    Column.text("reason"));
            boolean more = rows.size() > filter.size();
            if (more) {
                rows = rows.subList(0, filter.size());
            }
            Map<String, Map<String, Long>> groups = groupSizes(session, rows);
            Map<String, String> labels = toStringLabels(session, rows);
            List<TrashEntry> entries = new ArrayList<>();
            for (Object[] r : rows) {
                String type = (String) r[0];
                String id = (String) r[1];
                String deletionId = (String) r[4];
                Map<String, Long> group = deletionId == null ? Map.of(type, 1L) : groups.getOrDefault(deletionId, Map.of(type, 1L));
                entries.add(new TrashEntry(type, id, label(type, id, (String) r[5], labels), (Instant) r[2], (String) r[3],
                        deletionId, group, (String) r[6]));
            }
            TrashCounts counts = counts(session, query);
            String next = null;
            if (more) {
                TrashEntry last = entries.get(entries.size() - 1);
                next = TrashCursors.encode(last.deletedAt(), last.type(), last.id());
            }
            return TrashPage.of(entries, cursor == null ? filter.page() : 0, filter.size(), counts, next);
        });
    }

    /** @return the cursor of a page that starts right after this row, in newest-first order */
    public String cursorAfter(TrashEntry entry) {
        return TrashCursors.encode(entry.deletedAt(), entry.type(), entry.id());
    }

    /**
     * One row of a type, deleted or alive ({@code deletedAt} is then {@code null}), with its label and group.
     *
     * @throws UnknownTypeException for an unknown type
     * @throws BadRequestException for an id that is not of the type's form
     */
    public java.util.Optional<TrashEntry> find(String typeName, String idText) {
        TrashType type = types.require(typeName);
        Object id = type.parseId(idText);
        return readOnly.execute(status -> {
            Session session = entityManager.unwrap(Session.class);
            List<Object[]> rows = NativeSql.rows(session, dialect, sql.one(type.source(), id),
                    Column.text("entity_type"), Column.text("id_text"), Column.instant("deleted_at"), Column.text("deleted_by"),
                    Column.text("deletion_id"), Column.text("label"), Column.text("reason"));
            if (rows.isEmpty()) {
                return java.util.Optional.<TrashEntry>empty();
            }
            Object[] r = rows.get(0);
            String deletionId = (String) r[4];
            Map<String, Long> group = deletionId == null ? Map.of(type.name(), 1L)
                    : groupSizes(session, rows).getOrDefault(deletionId, Map.of(type.name(), 1L));
            Map<String, String> labels = toStringLabels(session, rows);
            return java.util.Optional.of(new TrashEntry(type.name(), (String) r[1], label(type.name(), (String) r[1], (String) r[5], labels),
                    (Instant) r[2], (String) r[3], deletionId, group, (String) r[6]));
        });
    }

    /**
     * Deleted rows per type, the whole trash, counted up to the count limit: for the type filter's menu. A page
     * whose filter {@linkplain TrashFilter#matchesWholeTrash() matches the whole trash} already carries these
     * ({@link TrashPage#counts()}): no need to count twice.
     */
    public TrashCounts countsByType() {
        List<TrashSource> sources = types.all().stream().map(TrashType::source).toList();
        if (sources.isEmpty()) {
            return TrashCounts.none(countLimit);
        }
        TrashQuery query = new TrashQuery(sources, null, null, null, null, null, dev.reprieve.core.spi.trash.TrashOrder.NEWEST, null, 0, 1);
        return readOnly.execute(status -> counts(entityManager.unwrap(Session.class), query));
    }

    /** Counts one row past the limit per type, to tell "exactly the limit" from "more than the limit". */
    private TrashCounts counts(Session session, TrashQuery query) {
        Map<String, Long> byType = new TreeMap<>();
        Set<String> lowerBound = new TreeSet<>();
        for (Object[] r : NativeSql.rows(session, dialect, sql.count(query, countLimit + 1L), Column.text("entity_type"),
                Column.number("row_count"))) {
            long count = (Long) r[1];
            if (count > countLimit) {
                count = countLimit;
                lowerBound.add((String) r[0]);
            }
            byType.put((String) r[0], count);
        }
        return new TrashCounts(byType, lowerBound, countLimit);
    }

    /** For every deletion id on the page: how many deleted rows of each type share it. */
    private Map<String, Map<String, Long>> groupSizes(Session session, List<Object[]> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            if (r[4] != null) {
                ids.add((String) r[4]);
            }
        });
        Map<String, Map<String, Long>> groups = new HashMap<>();
        if (ids.isEmpty()) {
            return groups;
        }
        var tables = types.all().stream().map(TrashType::table).toList();
        for (Object[] r : NativeSql.rows(session, dialect, sql.groupSizes(tables, ids), Column.text("entity_type"),
                Column.text("deletion_id"), Column.number("row_count"))) {
            groups.computeIfAbsent((String) r[1], k -> new TreeMap<>()).put((String) r[0], (Long) r[2]);
        }
        return groups;
    }

    /** Loads just the page's rows of types labelled by {@code toString()}, seeing deleted rows. */
    private Map<String, String> toStringLabels(Session session, List<Object[]> rows) {
        Map<String, List<Object>> idsByType = new LinkedHashMap<>();
        for (Object[] r : rows) {
            TrashType type = types.require((String) r[0]);
            if (type.source().labelColumn() == null && type.hasToString()) {
                idsByType.computeIfAbsent(type.name(), k -> new ArrayList<>()).add(type.parseId((String) r[1]));
            }
        }
        Map<String, String> labels = new HashMap<>();
        VisibilityScope.call(session, Visibility.ALL, () -> {
            for (var e : idsByType.entrySet()) {
                TrashType type = types.require(e.getKey());
                for (Object entity : session.byMultipleIds(type.javaType()).multiLoad(e.getValue())) {
                    if (entity != null) {
                        Object id = session.getIdentifier(entity);
                        labels.put(type.name() + "#" + id, String.valueOf(entity));
                    }
                }
            }
            return null;
        });
        return labels;
    }

    private static String label(String type, String id, String columnLabel, Map<String, String> toStringLabels) {
        if (columnLabel != null) {
            return columnLabel;
        }
        return toStringLabels.getOrDefault(type + "#" + id, type + " #" + id);
    }
}

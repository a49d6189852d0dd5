package dev.reprieve.admin.internal.trash;

import dev.reprieve.core.ParentDeletedException;
import dev.reprieve.core.ReprieveException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Restores from the trash through Reprieve's own restore (which brings a row back with exactly its
 * cascade group, and refuses a conflict before it changes anything). Each row is its own transaction: a row
 * that cannot come back is listed with the reason while the others come back. The history entries are
 * written by {@link HistoryWriter}, which hears every restore, in the admin user's name.
 */
public class TrashRestorer {

    private final TrashTypes types;
    private final TrashBrowser browser;
    private final HistoryWriter history;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    public TrashRestorer(TrashTypes types, TrashBrowser browser, HistoryWriter history, EntityManager sharedEntityManager,
            TransactionTemplate transactions) {
        this.types = types;
        this.browser = browser;
        this.history = history;
        this.entityManager = sharedEntityManager;
        this.transactions = transactions;
    }

    /**
     * Restores one row and the rows its delete operation took along.
     *
     * @throws RowNotInTrashException when the row does not exist or is alive
     * @throws ReprieveException      when Reprieve refuses (a deleted parent, a unique conflict); nothing changed
     */
    public ActionResult restore(RowRef row, String actor) {
        return restoreAll(List.of(row), false, actor, null);
    }

    /**
     * Restores one row with its group; with {@code withParents} a deleted parent chain comes back first
     * instead of the restore being refused.
     */
    public ActionResult restore(RowRef row, boolean withParents, String actor) {
        return restoreAll(List.of(row), withParents, actor, null);
    }

    /** Like {@link #restore(RowRef, boolean, String)}, saying why (kept in the history; blank: none). */
    public ActionResult restore(RowRef row, boolean withParents, String actor, String reason) {
        return restoreAll(List.of(row), withParents, actor, reason);
    }

    /**
     * Restores the selected rows, each in its own transaction: a row that is refused (alive, a conflict, a parent
     * still deleted) stays as it is and is listed with the reason, and the others come back. A single row that
     * is refused throws, as {@link #restore(RowRef, String)} does.
     */
    public ActionResult restoreAll(List<RowRef> rows, String actor) {
        return restoreAll(rows, false, actor, null);
    }

    /** Like {@link #restoreAll(List, String)}, saying why. */
    public ActionResult restoreAll(List<RowRef> rows, String actor, String reason) {
        return restoreAll(rows, false, actor, reason);
    }

    private ActionResult restoreAll(List<RowRef> rows, boolean withParents, String actor, String reason) {
        if (rows.isEmpty()) {
            throw new BadRequestException("select at least one row to restore");
        }
        Map<String, Long> restored = new LinkedHashMap<>();
        Set<String> groupsDone = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        Map<RowRef, RuntimeException> refused = new LinkedHashMap<>();
        List<TrashEntry> pending = new ArrayList<>();
        for (RowRef ref : new LinkedHashSet<>(rows)) {
            try {
                pending.add(requireDeleted(ref));
            } catch (RowNotInTrashException e) {
                refused.put(ref, e);
            }
        }
        // a selected child may wait for its selected parent: retry while there is progress
        while (!pending.isEmpty()) {
            List<TrashEntry> waiting = new ArrayList<>();
            Map<TrashEntry, ParentDeletedException> waits = new LinkedHashMap<>();
            for (TrashEntry entry : pending) {
                if (entry.deletionId() != null && groupsDone.contains(entry.deletionId())) {
                    continue; // came back with a row restored earlier in this request
                }
                try {
                    transactions.executeWithoutResult(status -> restoreRow(entry, withParents, actor, reason));
                } catch (ParentDeletedException e) {
                    waiting.add(entry);
                    waits.put(entry, e);
                    continue;
                } catch (ReprieveException | RowNotInTrashException e) {
                    refused.put(new RowRef(entry.type(), entry.id()), e);
                    continue;
                }
                if (entry.deletionId() != null) {
                    groupsDone.add(entry.deletionId());
                }
                entry.group().forEach((type, n) -> restored.merge(type, n, Long::sum));
                names.add(entry.type() + " #" + entry.id() + " \"" + entry.label() + "\"");
            }
            if (waiting.size() == pending.size()) {
                waits.forEach((entry, e) -> refused.put(new RowRef(entry.type(), entry.id()), e));
                break;
            }
            pending = waiting;
        }
        if (names.isEmpty() && refused.size() == 1) {
            throw refused.values().iterator().next();
        }
        List<ActionResult.Refusal> refusals = refused.entrySet().stream()
                .map(e -> new ActionResult.Refusal(e.getKey().toString(), e.getValue().getMessage())).toList();
        long total = restored.values().stream().mapToLong(Long::longValue).sum();
        String message = names.isEmpty() ? "Nothing was restored."
                : "Restored " + String.join(", ", names) + (total > names.size() ? " with the rest of "
                        + (names.size() == 1 ? "its" : "their") + " group (" + ActionResult.describe(restored) + ")" : "")
                        + ": " + total + " row" + (total == 1 ? "" : "s") + " back.";
        return new ActionResult("restored", message, restored, refusals);
    }

    /**
     * Restores a whole cascade group: the operation's root comes back, and with it every row it marked.
     *
     * @throws RowNotInTrashException when no deleted row carries this deletion id
     */
    public ActionResult restoreGroup(String deletionId, String actor) {
        return restoreGroup(deletionId, actor, null);
    }

    /** Like {@link #restoreGroup(String, String)}, saying why. */
    public ActionResult restoreGroup(String deletionId, String actor, String reason) {
        if (deletionId == null || !deletionId.matches("[0-9a-fA-F-]{1,36}")) {
            throw new BadRequestException("'" + deletionId + "' is not a deletion id");
        }
        return transactions.execute(status -> {
            // one candidate per type, however big the group: the operation's root type is among them, and
            // restoring any root restores the whole operation
            List<TrashEntry> candidates = new ArrayList<>();
            for (String type : types.names()) {
                candidates.addAll(browser.page(new TrashFilter(type, null, null, null, null, deletionId,
                        dev.reprieve.core.spi.trash.TrashOrder.NEWEST, null, 0, 1)).rows());
            }
            if (candidates.isEmpty()) {
                throw new RowNotInTrashException(new RowRef("group", deletionId), false);
            }
            ReprieveException refusal = null;
            for (TrashEntry candidate : candidates) {
                try {
                    restoreRow(candidate, false, actor, reason);
                    Map<String, Long> restored = candidate.group();
                    long total = restored.values().stream().mapToLong(Long::longValue).sum();
                    return new ActionResult("restored", "Restored the group of " + candidate.type() + " #" + candidate.id()
                            + " \"" + candidate.label() + "\": " + total + " row" + (total == 1 ? "" : "s") + " back ("
                            + ActionResult.describe(restored) + ").", restored);
                } catch (ReprieveException e) {
                    // refused before anything changed: this row is not the root (its parent is in the group), try the next type
                    if (refusal == null || isParentDeleted(refusal)) {
                        refusal = e;
                    }
                }
            }
            throw refusal;
        });
    }

    private TrashEntry requireDeleted(RowRef ref) {
        TrashEntry entry = browser.find(ref.type(), ref.id()).orElseThrow(() -> new RowNotInTrashException(ref, false));
        if (entry.deletedAt() == null) {
            throw new RowNotInTrashException(ref, true);
        }
        return entry;
    }

    private void restoreRow(TrashEntry entry, boolean withParents, String actor, String reason) {
        TrashType type = types.require(entry.type());
        Session session = entityManager.unwrap(Session.class);
        history.as(actor, null, () -> types.runtime().operations().restore(session, type.javaType(),
                type.parseId(entry.id()), withParents, reason));
    }

    private static boolean isParentDeleted(ReprieveException e) {
        return e instanceof ParentDeletedException;
    }
}

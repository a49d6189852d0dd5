package dev.reprieve.demo.web;

import dev.reprieve.core.cascade.DeletionPreview;
import java.util.Map;
import java.util.TreeMap;

/**
 * The page that asks before a delete that takes other rows along: what would go with the row (the library's
 * deletion preview, computed without deleting anything), what would refuse it, and the button that deletes.
 *
 * @param noun   what the row is ("author")
 * @param label  which one ("Ada")
 * @param preview what the delete would do
 * @param action where the confirming form posts
 * @param back   where "Cancel" goes
 */
public record DeleteConfirmation(String noun, String label, DeletionPreview preview, String action, String back) {

    /** @return the rows that would go along, per type, by type name */
    public Map<String, Long> along() {
        return new TreeMap<>(preview.cascaded());
    }

    /** @return how many rows would go along in all */
    public long alongTotal() {
        return preview.cascaded().values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return the template that shows it */
    public static String view() {
        return "confirm-delete";
    }
}

package dev.reprieve.admin.internal.trash;

/** A row named by a request: entity name and id as text, both still to be checked. */
public record RowRef(String type, String id) {

    /** Reads {@code Type:id}, the form the trash page's checkboxes send. */
    public static RowRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new BadRequestException("'" + text + "' does not name a row; expected Type:id");
        }
        return new RowRef(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return type + " #" + id;
    }
}

package dev.reprieve.admin.internal.history;

import dev.reprieve.admin.internal.trash.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a history page ends in each of its two sources: the last audit-table event shown and the trash's own
 * cursor after the last trash row shown. Each source then continues from exactly there, so rows sharing one
 * time (a cascade group) are neither repeated nor skipped. Travels as one opaque URL-safe token.
 *
 * @param auditAt    time of the last audit event shown, or {@code null} when none was shown yet
 * @param auditId    its id
 * @param trashCursor the trash cursor after the last trash row shown, or {@code null} when none was shown yet
 */
record HistoryCursor(Instant auditAt, String auditId, String trashCursor) {

    String encode() {
        String raw = (auditAt == null ? "" : auditAt.getEpochSecond() + ":" + auditAt.getNano() + ":" + auditId) + "|"
                + (trashCursor == null ? "" : trashCursor);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return the cursor, or {@code null} for none (the newest page)
     * @throws BadRequestException when the token was not made by {@link #encode}
     */
    static HistoryCursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            String audit = raw.substring(0, bar);
            String trash = raw.substring(bar + 1);
            Instant at = null;
            String id = null;
            if (!audit.isEmpty()) {
                String[] parts = audit.split(":", 3);
                at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                id = parts[2];
            }
            return new HistoryCursor(at, id, trash.isEmpty() ? null : trash);
        } catch (RuntimeException e) {
            throw new BadRequestException("'" + token + "' is not a cursor this history handed out");
        }
    }
}

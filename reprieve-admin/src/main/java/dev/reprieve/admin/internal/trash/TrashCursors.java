package dev.reprieve.admin.internal.trash;

import dev.reprieve.core.spi.trash.TrashCursor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Turns a keyset cursor into an opaque URL-safe token and back, checking everything it reads. */
final class TrashCursors {

    private TrashCursors() {
    }

    static String encode(Instant deletedAt, String type, String id) {
        String raw = deletedAt.getEpochSecond() + ":" + deletedAt.getNano() + ":" + type + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws BadRequestException when the token was not made by {@link #encode} */
    static TrashCursor decode(String token, TrashTypes types) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 4);
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            TrashType type = types.require(parts[2]);
            return new TrashCursor(at, type.name(), type.parseId(parts[3]));
        } catch (RuntimeException e) {
            throw new BadRequestException("'" + token + "' is not a cursor this trash handed out");
        }
    }
}

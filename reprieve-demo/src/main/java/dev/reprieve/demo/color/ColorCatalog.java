package dev.reprieve.demo.color;

import dev.reprieve.demo.web.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates colors with a 409 that names the field and the alive holder of a taken name. The database
 * enforces the name's uniqueness among alive colors ({@code @UniqueWhenAlive}); this check only words the
 * common case, and a request racing it gets the starter's {@code AliveUniqueViolationException}, also a 409.
 * Restores need nothing here: the library refuses them with a {@code RestoreConflictException}.
 */
@Service
public class ColorCatalog {

    private final ColorRepository colors;

    public ColorCatalog(ColorRepository colors) {
        this.colors = colors;
    }

    /** @throws ConflictException when an alive color already has this name; nothing is stored then */
    @Transactional
    public Color create(String name, String hexCode) {
        colors.findByName(name).ifPresent(holder -> {
            throw new ConflictException("Color.name '" + name + "' is held by alive Color " + holder.getId()
                    + " (unique among alive colors): delete or rename it first");
        });
        return colors.save(new Color(name, hexCode));
    }
}

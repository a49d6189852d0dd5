package dev.reprieve.demo.color;

import dev.reprieve.core.NotDeletedException;
import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.demo.web.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and restores colors keeping their names unique among alive colors, with a 409 that names the
 * field and the alive holder.
 *
 * <p>TODO(issue 5, unique branch): this check-then-act is not safe against two concurrent requests; once
 * {@code @UniqueWhenAlive} is on main the database enforces it and this class only words the message.
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

    /**
     * @throws ConflictException when an alive color took the name meanwhile; nothing is restored then
     * @throws RowNotFoundException for an unknown id; {@link NotDeletedException} for an alive color
     */
    @Transactional
    public Color restore(Long id) {
        Color color = colors.findByIdIncludingDeleted(id).orElseThrow(() -> new RowNotFoundException("Color", id));
        if (color.isDeleted()) {
            colors.findByName(color.getName()).ifPresent(holder -> {
                throw new ConflictException("Cannot restore Color " + id + ": name '" + color.getName()
                        + "' is held by alive Color " + holder.getId() + ". Nothing was restored; delete or rename it first");
            });
        }
        return colors.restore(id);
    }
}

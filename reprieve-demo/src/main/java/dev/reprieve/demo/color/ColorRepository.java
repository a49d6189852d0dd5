package dev.reprieve.demo.color;

import dev.reprieve.spring.SoftDeleteRepository;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface ColorRepository extends SoftDeleteRepository<Color, Long> {

    /** @return the alive color with this name (deleted ones are hidden, as from every query) */
    Optional<Color> findByName(String name);

    /** @return alive colors whose name or hex code contains the text, any case */
    Page<Color> findByNameContainingIgnoreCaseOrHexCodeContainingIgnoreCase(String name, String hexCode, Pageable page);
}

package dev.reprieve.demo.color;

import dev.reprieve.spring.SoftDeleteRepository;
import java.util.Optional;

public interface ColorRepository extends SoftDeleteRepository<Color, Long> {

    /** @return the alive color with this name (deleted ones are hidden, as from every query) */
    Optional<Color> findByName(String name);
}

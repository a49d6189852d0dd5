package dev.reprieve.demo.web;

import dev.reprieve.spring.SoftDeleteRepository;

/**
 * How a resource restores a row, shared by its API and its page; a resource that must check something
 * first (a color's name still free) supplies its own. Throws what {@link SoftDeleteRepository#restore} throws.
 */
@FunctionalInterface
public interface Restorer<T> {

    /** @param withParents also restore a deleted parent chain instead of refusing */
    T restore(Long id, boolean withParents);

    /** The repository's restore, honouring {@code withParents} (a type without parents ignores it). */
    static <T> Restorer<T> of(SoftDeleteRepository<T, Long> repository) {
        return (id, withParents) -> withParents ? repository.restoreWithParents(id) : repository.restore(id);
    }
}

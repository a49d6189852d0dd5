package dev.reprieve.demo.web;

import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.core.Visibility;
import dev.reprieve.hibernate.SoftDeletableEntity;
import dev.reprieve.spring.SoftDeleteRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The behaviour every demo resource shares: list and get with {@code ?deleted=include|only}, soft or
 * permanent delete, restore (optionally with the deleted parent chain).
 * Controllers add only their own create and their JSON view.
 */
public final class SoftDeleteEndpoints<T, V> {

    private final SoftDeleteRepository<T, Long> repository;
    private final String entityName;
    private final Function<T, V> view;
    private final Restorer<T> restorer;

    public SoftDeleteEndpoints(SoftDeleteRepository<T, Long> repository, String entityName, Function<T, V> view) {
        this(repository, entityName, view, Restorer.of(repository));
    }

    public SoftDeleteEndpoints(SoftDeleteRepository<T, Long> repository, String entityName, Function<T, V> view,
            Restorer<T> restorer) {
        this.repository = repository;
        this.entityName = entityName;
        this.view = view;
        this.restorer = restorer;
    }

    public List<V> list(String deleted) {
        List<T> rows = switch (DeletedParam.parse(deleted)) {
            case ALIVE -> repository.findAll();
            case ALL -> repository.findAllIncludingDeleted();
            case DELETED -> repository.findAllDeleted();
        };
        return rows.stream().map(view).toList();
    }

    public V get(Long id, String deleted) {
        Visibility visibility = DeletedParam.parse(deleted);
        Optional<T> row = visibility == Visibility.ALIVE ? repository.findById(id) : repository.findByIdIncludingDeleted(id);
        if (visibility == Visibility.DELETED) {
            row = row.filter(this::isDeleted);
        }
        return row.map(view).orElseThrow(() -> new NotFoundException(entityName, id));
    }

    /**
     * Soft delete (a no-op for a row already deleted) with an optional reason, stored where the entity keeps
     * one; or with {@code permanent} erase for good.
     */
    public void delete(Long id, boolean permanent, String reason) {
        if (permanent) {
            repository.hardDeleteById(id);
            return;
        }
        if (repository.findByIdIncludingDeleted(id).isEmpty()) {
            throw new RowNotFoundException(entityName, id);
        }
        repository.deleteById(id, reason);
    }

    /** Restores the row with everything its delete took along; {@code withParents} also a deleted parent chain. */
    public V restore(Long id, boolean withParents) {
        return view.apply(restorer.restore(id, withParents));
    }

    private boolean isDeleted(T row) {
        return row instanceof SoftDeletableEntity e && e.isDeleted();
    }
}

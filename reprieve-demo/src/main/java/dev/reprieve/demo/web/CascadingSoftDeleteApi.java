package dev.reprieve.demo.web;

import dev.reprieve.spring.SoftDeleteRepository;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A resource whose delete takes dependents along: restores honour {@code ?withParents=true},
 * and the "what would go with it" preview is added.
 */
public abstract class CascadingSoftDeleteApi<T, V> extends SoftDeleteApi<T, V> {

    private final SoftDeleteRepository<T, Long> repository;

    protected CascadingSoftDeleteApi(SoftDeleteEndpoints<T, V> endpoints, SoftDeleteRepository<T, Long> repository) {
        super(endpoints);
        this.repository = repository;
    }

    /**
     * @return alive rows that would be soft-deleted with this one, by entity name, e.g. {@code {"Article": 3}}
     * @throws NotFoundException when the row is deleted or unknown: there is nothing to delete
     */
    @GetMapping("/{id}/deletion-preview")
    public Map<String, Long> deletionPreview(@PathVariable Long id) {
        endpoints.get(id, null);
        return new TreeMap<>(repository.previewDeletion(id).cascaded());
    }
}

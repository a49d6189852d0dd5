package dev.reprieve.demo.web;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A resource whose delete takes dependents along (issue 3): adds the "what would go with it" preview. */
public abstract class CascadingSoftDeleteApi<T, V> extends SoftDeleteApi<T, V> {

    protected CascadingSoftDeleteApi(SoftDeleteEndpoints<T, V> endpoints) {
        super(endpoints);
    }

    /** @return alive rows that would be soft-deleted with this one, by entity name, e.g. {@code {"Article": 3}} */
    @GetMapping("/{id}/deletion-preview")
    public Map<String, Long> deletionPreview(@PathVariable Long id) {
        return endpoints.deletionPreview(id);
    }
}

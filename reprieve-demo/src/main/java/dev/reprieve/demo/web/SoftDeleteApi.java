package dev.reprieve.demo.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The request mappings every demo JSON resource shares (list, get, delete, restore), declared once;
 * a subclass adds its {@code @RequestMapping} path and its own create.
 */
public abstract class SoftDeleteApi<T, V> {

    protected final SoftDeleteEndpoints<T, V> endpoints;

    protected SoftDeleteApi(SoftDeleteEndpoints<T, V> endpoints) {
        this.endpoints = endpoints;
    }

    @GetMapping
    public List<V> list(@RequestParam(required = false) String deleted) {
        return endpoints.list(deleted);
    }

    @GetMapping("/{id}")
    public V get(@PathVariable Long id, @RequestParam(required = false) String deleted) {
        return endpoints.get(id, deleted);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean permanent,
            @RequestParam(required = false) String reason) {
        endpoints.delete(id, permanent, reason);
    }

    /** {@code withParents} matters only for rows with parents (articles, comments): see docs/cascade.md. */
    @PostMapping("/{id}/restore")
    public V restore(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean withParents) {
        return endpoints.restore(id, withParents);
    }
}

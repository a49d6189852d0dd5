package dev.reprieve.demo.web;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The delete and restore buttons of a demo page, mapped once under the page's own path
 * ({@code @RequestMapping} on the subclass); each page adds only its list and its add form.
 */
public abstract class TrashPageController<T> {

    protected final TrashActions<T> trash;
    private final String path;

    protected TrashPageController(TrashActions<T> trash, String path) {
        this.trash = trash;
        this.path = path;
    }

    /** @return the redirect back to this page, after any form post */
    protected String backToPage() {
        return "redirect:" + path;
    }

    @PostMapping("/{id}/delete")
    public String delete(@PathVariable Long id, @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        trash.delete(id, reason, flash);
        return backToPage();
    }

    /** @param withParents also restore a deleted parent chain instead of refusing */
    @PostMapping("/{id}/restore")
    public String restore(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean withParents,
            RedirectAttributes flash) {
        trash.restore(id, withParents, flash);
        return backToPage();
    }
}

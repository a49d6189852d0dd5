package dev.reprieve.demo.web;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.spring.ReprieveIntegrityViolationException;
import dev.reprieve.spring.ReprieveRowNotFoundException;
import dev.reprieve.spring.ReprieveUsageException;
import dev.reprieve.spring.SoftDeleteRepository;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every demo page does with the trash: delete a row, restore one, show what was recently deleted,
 * each reported to the user as a flash message. Page controllers add their own list and add form.
 */
public final class TrashActions<T> {

    private static final int RECENT = 20;

    private final SoftDeleteRepository<T, Long> repository;
    private final String noun;
    private final Function<T, String> label;
    private final Restorer<T> restorer;

    /** @param noun how the page names one row ("todo", "product") */
    public TrashActions(SoftDeleteRepository<T, Long> repository, String noun, Function<T, String> label) {
        this(repository, noun, label, Restorer.of(repository));
    }

    /**
     * @param restorer how a restore is done; a refusal is shown: Reprieve's, as Spring's exceptions when it comes from
     *                 a repository call, or the demo's {@link ConflictException}
     */
    public TrashActions(SoftDeleteRepository<T, Long> repository, String noun, Function<T, String> label,
            Restorer<T> restorer) {
        this.repository = repository;
        this.noun = noun;
        this.label = label;
        this.restorer = restorer;
    }

    /** @return the most recently deleted rows, newest first */
    public List<T> recentlyDeleted() {
        return repository.findAllDeleted(PageRequest.of(0, RECENT, Sort.by(Sort.Direction.DESC, "deletedAt"))).getContent();
    }

    /** Deletes the row, with the reason the page asked for (optional). */
    public void delete(Long id, String reason, RedirectAttributes flash) {
        repository.findById(id).ifPresentOrElse(row -> {
            repository.delete(row, reason);
            flash.addFlashAttribute("message", "Deleted \"" + label.apply(row) + "\". You can restore it below.");
        }, () -> flash.addFlashAttribute("error", "That " + noun + " no longer exists"));
    }

    /** @param withParents also restore a deleted parent chain instead of refusing */
    public void restore(Long id, boolean withParents, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("message", "Restored \"" + label.apply(restorer.restore(id, withParents)) + "\"");
        } catch (ReprieveIntegrityViolationException | ReprieveUsageException | ReprieveRowNotFoundException
                | ReprieveException | ConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
    }
}

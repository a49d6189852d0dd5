package dev.reprieve.demo.blog;

import dev.reprieve.demo.blog.ArticleApiController.NewComment;
import dev.reprieve.demo.web.BadRequestException;
import dev.reprieve.demo.web.FieldErrors;
import dev.reprieve.demo.web.ListParams;
import dev.reprieve.demo.web.NotFoundException;
import dev.reprieve.demo.web.Restorer;
import dev.reprieve.demo.web.TrashActions;
import dev.reprieve.spring.SoftDeleteScopes;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The article page: the article with its threaded comments; comment, reply, delete and restore comments. */
@Controller
public class ArticlePageController {

    private final BlogReads reads;
    private final BlogWriter writer;
    private final CommentRepository comments;
    private final SoftDeleteScopes scopes;
    private final TrashActions<Comment> commentTrash;

    public ArticlePageController(BlogReads reads, BlogWriter writer, CommentRepository comments, SoftDeleteScopes scopes) {
        this.reads = reads;
        this.writer = writer;
        this.comments = comments;
        this.scopes = scopes;
        this.commentTrash = new TrashActions<>(comments, "comment", Comment::toString, Restorer.of(comments));
    }

    /** One page of the article's thread (bounds in {@link ListParams}); 404 when the article is deleted or unknown. */
    @GetMapping("/articles/{id}")
    public String page(@PathVariable Long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        ListParams list = ListParams.of(page, size, null);
        model.addAttribute("article", reads.article(id, list));
        model.addAttribute("list", list);
        model.addAttribute("deletedComments", scopes.onlyDeleted(
                () -> comments.findByArticleIdOrderByDeletedAtDesc(id, PageRequest.of(0, 20))));
        return "article";
    }

    @PostMapping("/articles/{id}/comments")
    public String addComment(@PathVariable Long id, @Valid NewComment form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            flash.addFlashAttribute("error", "Not added: " + FieldErrors.describe(errors));
        } else {
            try {
                writer.addComment(id, form.text(), form.parentId());
            } catch (NotFoundException | BadRequestException e) {
                flash.addFlashAttribute("error", e.getMessage());
            }
        }
        return "redirect:/articles/" + id;
    }

    @PostMapping("/comments/{id}/delete")
    public String delete(@PathVariable Long id, @RequestParam Long articleId,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        commentTrash.delete(id, reason, flash);
        return "redirect:/articles/" + articleId;
    }

    @PostMapping("/comments/{id}/restore")
    public String restore(@PathVariable Long id, @RequestParam Long articleId,
            @RequestParam(defaultValue = "false") boolean withParents, RedirectAttributes flash) {
        commentTrash.restore(id, withParents, flash);
        return "redirect:/articles/" + articleId;
    }
}

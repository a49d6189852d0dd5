package dev.reprieve.demo.blog;

import dev.reprieve.demo.blog.AuthorApiController.NewArticle;
import dev.reprieve.demo.blog.AuthorApiController.NewAuthor;
import dev.reprieve.demo.web.DeleteConfirmation;
import dev.reprieve.demo.web.FieldErrors;
import dev.reprieve.demo.web.ListParams;
import dev.reprieve.demo.web.NotFoundException;
import dev.reprieve.demo.web.Restorer;
import dev.reprieve.demo.web.TrashActions;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The authors page: authors with their articles and comment counts; add, delete and restore authors and
 * articles (a delete takes the dependents along).
 */
@Controller
public class AuthorsPageController {

    private final BlogReads reads;
    private final BlogWriter writer;
    private final AuthorRepository authors;
    private final ArticleRepository articles;
    private final TrashActions<Author> authorTrash;
    private final TrashActions<Article> articleTrash;

    public AuthorsPageController(BlogReads reads, BlogWriter writer, AuthorRepository authors, ArticleRepository articles) {
        this.authors = authors;
        this.articles = articles;
        this.reads = reads;
        this.writer = writer;
        this.authorTrash = new TrashActions<>(authors, "author", Author::getName, Restorer.of(authors));
        this.articleTrash = new TrashActions<>(articles, "article", Article::getTitle, Restorer.of(articles));
    }

    /** One page of authors, optionally only those whose name contains {@code q}; bounds in {@link ListParams}. */
    @GetMapping("/authors")
    public String page(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String q, Model model) {
        ListParams list = ListParams.of(page, size, q);
        model.addAttribute("authors", reads.authors(list));
        model.addAttribute("list", list);
        model.addAttribute("deletedAuthors", authorTrash.recentlyDeleted());
        model.addAttribute("deletedArticles", articleTrash.recentlyDeleted());
        return "authors";
    }

    @PostMapping("/authors")
    public String addAuthor(@Valid NewAuthor form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            flash.addFlashAttribute("error", "Not added: " + FieldErrors.describe(errors));
        } else {
            writer.addAuthor(form.name());
        }
        return "redirect:/authors";
    }

    @PostMapping("/authors/{id}/articles")
    public String addArticle(@PathVariable Long id, @Valid NewArticle form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            flash.addFlashAttribute("error", "Not added: " + FieldErrors.describe(errors));
            return "redirect:/authors";
        }
        try {
            return "redirect:/articles/" + writer.addArticle(id, form.title(), form.content()).getId();
        } catch (NotFoundException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/authors";
        }
    }

    /** Asks before deleting an author: its articles and their comments go with it. */
    @GetMapping("/authors/{id}/delete")
    public String confirmDeleteAuthor(@PathVariable Long id, Model model) {
        Author author = authors.findById(id).orElseThrow(() -> new NotFoundException("Author", id));
        model.addAttribute("confirm", new DeleteConfirmation("author", author.getName(), authors.previewDeletion(id),
                "/authors/" + id + "/delete", "/authors"));
        return DeleteConfirmation.view();
    }

    /** Asks before deleting an article: its comments go with it. */
    @GetMapping("/articles/{id}/delete")
    public String confirmDeleteArticle(@PathVariable Long id, Model model) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
        model.addAttribute("confirm", new DeleteConfirmation("article", article.getTitle(), articles.previewDeletion(id),
                "/articles/" + id + "/delete", "/authors"));
        return DeleteConfirmation.view();
    }

    @PostMapping("/authors/{id}/delete")
    public String deleteAuthor(@PathVariable Long id, @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        authorTrash.delete(id, reason, flash);
        return "redirect:/authors";
    }

    @PostMapping("/authors/{id}/restore")
    public String restoreAuthor(@PathVariable Long id, RedirectAttributes flash) {
        authorTrash.restore(id, false, flash);
        return "redirect:/authors";
    }

    @PostMapping("/articles/{id}/delete")
    public String deleteArticle(@PathVariable Long id, @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        articleTrash.delete(id, reason, flash);
        return "redirect:/authors";
    }

    @PostMapping("/articles/{id}/restore")
    public String restoreArticle(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean withParents,
            RedirectAttributes flash) {
        articleTrash.restore(id, withParents, flash);
        return "redirect:/authors";
    }
}

package dev.reprieve.demo.blog;

import dev.reprieve.demo.blog.ArticleApiController.ArticleView;
import dev.reprieve.demo.web.CascadingSoftDeleteApi;
import dev.reprieve.demo.web.Restorer;
import dev.reprieve.demo.web.SoftDeleteEndpoints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The author JSON API: deleting an author takes its articles and their comments along. */
@RestController
@RequestMapping("/api/authors")
public class AuthorApiController extends CascadingSoftDeleteApi<Author, AuthorApiController.AuthorView> {

    public record NewAuthor(@NotBlank @Size(max = 100) String name) {
    }

    public record NewArticle(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String content) {
    }

    public record AuthorView(Long id, String name, Instant deletedAt, String deletedBy) {
        static AuthorView of(Author author) {
            return new AuthorView(author.getId(), author.getName(), author.getDeletedAt(), author.getDeletedBy());
        }
    }

    private final BlogWriter writer;

    public AuthorApiController(AuthorRepository authors, BlogWriter writer) {
        super(new SoftDeleteEndpoints<>(authors, "Author", AuthorView::of, Restorer.of(authors)),
                authors);
        this.writer = writer;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public AuthorView create(@Valid @RequestBody NewAuthor body) {
        return AuthorView.of(writer.addAuthor(body.name()));
    }

    /** 404 when the author is deleted or unknown. */
    @PostMapping("/{id}/articles")
    @ResponseStatus(HttpStatus.CREATED)
    public ArticleView addArticle(@PathVariable Long id, @Valid @RequestBody NewArticle body) {
        return ArticleView.of(writer.addArticle(id, body.title(), body.content()));
    }
}

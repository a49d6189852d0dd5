package dev.reprieve.demo.blog;

import dev.reprieve.demo.blog.CommentApiController.CommentView;
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

/** The article JSON API: deleting an article takes its comments along. */
@RestController
@RequestMapping("/api/articles")
public class ArticleApiController extends CascadingSoftDeleteApi<Article, ArticleApiController.ArticleView> {

    /** {@code parentId}: the comment this one answers, if any. */
    public record NewComment(@NotBlank @Size(max = 2000) String text, Long parentId) {
    }

    public record ArticleView(Long id, Long authorId, String title, String content, Instant deletedAt, String deletedBy) {
        static ArticleView of(Article article) {
            return new ArticleView(article.getId(), article.getAuthor().getId(), article.getTitle(), article.getContent(),
                    article.getDeletedAt(), article.getDeletedBy());
        }
    }

    private final BlogWriter writer;

    public ArticleApiController(ArticleRepository articles, BlogWriter writer) {
        super(new SoftDeleteEndpoints<>(articles, "Article", ArticleView::of, Restorer.of(articles)),
                articles);
        this.writer = writer;
    }

    /** 404 when the article is deleted or unknown; 400 when {@code parentId} is not an alive comment of it. */
    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    public CommentView addComment(@PathVariable Long id, @Valid @RequestBody NewComment body) {
        return CommentView.of(writer.addComment(id, body.text(), body.parentId()));
    }
}

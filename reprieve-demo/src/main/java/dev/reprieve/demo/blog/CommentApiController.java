package dev.reprieve.demo.blog;

import dev.reprieve.demo.web.CascadingSoftDeleteApi;
import dev.reprieve.demo.web.Restorer;
import dev.reprieve.demo.web.SoftDeleteEndpoints;
import java.time.Instant;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The comment JSON API: deleting a comment takes its replies along, at any depth. */
@RestController
@RequestMapping("/api/comments")
public class CommentApiController extends CascadingSoftDeleteApi<Comment, CommentApiController.CommentView> {

    public record CommentView(Long id, Long articleId, Long parentId, String text, Instant deletedAt, String deletedBy) {
        static CommentView of(Comment comment) {
            return new CommentView(comment.getId(), comment.getArticle().getId(),
                    comment.getParent() == null ? null : comment.getParent().getId(), comment.getText(),
                    comment.getDeletedAt(), comment.getDeletedBy());
        }
    }

    public CommentApiController(CommentRepository comments) {
        super(new SoftDeleteEndpoints<>(comments, "Comment", CommentView::of, Restorer.of(comments)),
                comments);
    }
}

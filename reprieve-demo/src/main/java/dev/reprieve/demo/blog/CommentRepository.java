package dev.reprieve.demo.blog;

import dev.reprieve.spring.SoftDeleteRepository;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends SoftDeleteRepository<Comment, Long> {

    /** @return the alive comments of one article, oldest first, for building its thread */
    List<Comment> findByArticleIdOrderById(Long articleId);

    /** @return comments of one article, newest deletion first; run it in an "only deleted" scope for its trash */
    List<Comment> findByArticleIdOrderByDeletedAtDesc(Long articleId, Pageable page);

    /** @return {@code [articleId, count]} of alive comments for each article that has some */
    @Query("select c.article.id, count(c) from Comment c group by c.article.id")
    List<Object[]> countByArticle();
}

package dev.reprieve.demo.blog;

import dev.reprieve.spring.SoftDeleteRepository;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends SoftDeleteRepository<Comment, Long> {

    /** @return comments of one article, newest deletion first; run it in an "only deleted" scope for its trash */
    List<Comment> findByArticleIdOrderByDeletedAtDesc(Long articleId, Pageable page);

    /** @return {@code [articleId, count]} of alive comments for each of these articles that has some */
    @Query("select c.article.id, count(c) from Comment c where c.article.id in :articleIds group by c.article.id")
    List<Object[]> countByArticle(List<Long> articleIds);

    /** @return one page of an article's alive top-level comments (those answering no comment) */
    Page<Comment> findByArticleIdAndParentIsNull(Long articleId, Pageable page);

    /** @return the alive replies to these comments, oldest first: one level of a thread */
    List<Comment> findByParentIdInOrderById(List<Long> parentIds);
}

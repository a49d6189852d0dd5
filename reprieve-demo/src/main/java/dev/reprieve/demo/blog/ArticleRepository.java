package dev.reprieve.demo.blog;

import dev.reprieve.spring.SoftDeleteRepository;
import java.util.List;

public interface ArticleRepository extends SoftDeleteRepository<Article, Long> {

    /** @return the alive articles of these authors, with their authors, oldest first */
    List<Article> findByAuthorIdInOrderById(List<Long> authorIds);
}

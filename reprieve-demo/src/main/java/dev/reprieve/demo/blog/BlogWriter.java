package dev.reprieve.demo.blog;

import dev.reprieve.demo.web.BadRequestException;
import dev.reprieve.demo.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds authors, articles and comments, refusing to attach anything to a parent that is deleted or
 * unknown: the API, the pages and the sample data all write through here.
 */
@Service
@Transactional
public class BlogWriter {

    private final AuthorRepository authors;
    private final ArticleRepository articles;
    private final CommentRepository comments;

    public BlogWriter(AuthorRepository authors, ArticleRepository articles, CommentRepository comments) {
        this.authors = authors;
        this.articles = articles;
        this.comments = comments;
    }

    public Author addAuthor(String name) {
        return authors.save(new Author(name.trim()));
    }

    /** @throws NotFoundException when the author is deleted or unknown */
    public Article addArticle(Long authorId, String title, String content) {
        Author author = authors.findById(authorId).orElseThrow(() -> new NotFoundException("Author", authorId));
        return articles.save(new Article(author, title.trim(), content.trim()));
    }

    /**
     * @param parentId the comment this one answers, or {@code null}
     * @throws NotFoundException when the article is deleted or unknown
     * @throws BadRequestException when {@code parentId} is not an alive comment of this article
     */
    public Comment addComment(Long articleId, String text, Long parentId) {
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("Article", articleId));
        Comment parent = null;
        if (parentId != null) {
            parent = comments.findById(parentId)
                    .filter(c -> c.getArticle().getId().equals(articleId))
                    .orElseThrow(() -> new BadRequestException("parentId " + parentId
                            + " is not an alive comment of Article " + articleId));
        }
        return comments.save(new Comment(article, parent, text.trim()));
    }
}

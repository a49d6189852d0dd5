package dev.reprieve.demo.blog;

import dev.reprieve.demo.web.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the blog pages show, read in one transaction each, as plain records the templates can render. */
@Service
@Transactional(readOnly = true)
public class BlogReads {

    /** An alive author with its alive articles. */
    public record AuthorCard(Long id, String name, List<ArticleLine> articles) {
    }

    /** An alive article with how many alive comments it has. */
    public record ArticleLine(Long id, String title, long comments) {
    }

    /** An alive comment with its alive replies. */
    public record CommentNode(Long id, String text, List<CommentNode> replies) {
    }

    /** An alive article with its comment thread. */
    public record ArticleThread(Long id, String title, String content, Long authorId, String authorName,
            List<CommentNode> comments) {
    }

    private final AuthorRepository authors;
    private final ArticleRepository articles;
    private final CommentRepository comments;

    public BlogReads(AuthorRepository authors, ArticleRepository articles, CommentRepository comments) {
        this.authors = authors;
        this.articles = articles;
        this.comments = comments;
    }

    /** @return every alive author with its alive articles and their alive comment counts: three queries */
    public List<AuthorCard> authors() {
        Map<Long, Long> counts = new HashMap<>();
        comments.countByArticle().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        Map<Long, List<ArticleLine>> byAuthor = new HashMap<>();
        List<Author> alive = authors.findAll(Sort.by("name", "id"));
        articles.findByAuthorIdInOrderById(alive.stream().map(Author::getId).toList()).forEach(a -> byAuthor
                .computeIfAbsent(a.getAuthor().getId(), k -> new ArrayList<>())
                .add(new ArticleLine(a.getId(), a.getTitle(), counts.getOrDefault(a.getId(), 0L))));
        return alive.stream().map(a -> new AuthorCard(a.getId(), a.getName(), byAuthor.getOrDefault(a.getId(), List.of()))).toList();
    }

    /**
     * @return the alive article with its alive comments as a tree; a reply whose parent is not alive (which the
     *         cascade prevents, but a database edited by hand may hold) is shown at the top level, not hidden
     * @throws NotFoundException when the article is deleted or unknown
     */
    public ArticleThread article(Long id) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
        Map<Long, CommentNode> nodes = new LinkedHashMap<>();
        List<Comment> all = comments.findByArticleIdOrderById(id);
        all.forEach(c -> nodes.put(c.getId(), new CommentNode(c.getId(), c.getText(), new ArrayList<>())));
        List<CommentNode> roots = new ArrayList<>();
        for (Comment c : all) {
            CommentNode parent = c.getParent() == null ? null : nodes.get(c.getParent().getId());
            (parent == null ? roots : parent.replies()).add(nodes.get(c.getId()));
        }
        Long authorId = article.getAuthor().getId();
        String authorName = authors.findByIdIncludingDeleted(authorId).map(Author::getName).orElse("?");
        return new ArticleThread(article.getId(), article.getTitle(), article.getContent(), authorId, authorName, roots);
    }
}

package dev.reprieve.demo.blog;

import dev.reprieve.demo.web.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.reprieve.demo.web.ListParams;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    /**
     * An alive article with one page of its comment thread: top-level comments of that page, each with all its
     * replies.
     */
    public record ArticleThread(Long id, String title, String content, Long authorId, String authorName,
            Page<CommentNode> page) {

        /** @return the page's top-level comments with their replies */
        public List<CommentNode> comments() {
            return page.getContent();
        }
    }

    private final AuthorRepository authors;
    private final ArticleRepository articles;
    private final CommentRepository comments;

    public BlogReads(AuthorRepository authors, ArticleRepository articles, CommentRepository comments) {
        this.authors = authors;
        this.articles = articles;
        this.comments = comments;
    }

    /**
     * @return one page of alive authors (by name; only names containing {@code list.text()} when given) with their
     *         alive articles and those articles' alive comment counts: four queries, whatever the page
     */
    public Page<AuthorCard> authors(ListParams list) {
        Pageable pageable = list.pageable(Sort.by("name", "id"));
        Page<Author> page = list.text() == null ? authors.findAll(pageable) : authors.findByNameContainingIgnoreCase(list.text(), pageable);
        List<Article> written = page.isEmpty() ? List.of()
                : articles.findByAuthorIdInOrderById(page.getContent().stream().map(Author::getId).toList());
        Map<Long, Long> counts = new HashMap<>();
        if (!written.isEmpty()) {
            comments.countByArticle(written.stream().map(Article::getId).toList())
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        Map<Long, List<ArticleLine>> byAuthor = new HashMap<>();
        written.forEach(a -> byAuthor.computeIfAbsent(a.getAuthor().getId(), k -> new ArrayList<>())
                .add(new ArticleLine(a.getId(), a.getTitle(), counts.getOrDefault(a.getId(), 0L))));
        return page.map(a -> new AuthorCard(a.getId(), a.getName(), byAuthor.getOrDefault(a.getId(), List.of())));
    }

    /** @return the alive article with the first page of its thread */
    public ArticleThread article(Long id) {
        return article(id, ListParams.of(null, null, null));
    }

    /**
     * @return the alive article with one page of its top-level comments (oldest first), each with its alive
     *         replies at every depth: one query per depth level, whatever the page
     * @throws NotFoundException when the article is deleted or unknown
     */
    public ArticleThread article(Long id, ListParams list) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
        Page<Comment> roots = comments.findByArticleIdAndParentIsNull(id, list.pageable(Sort.by("id")));
        Map<Long, CommentNode> nodes = new LinkedHashMap<>();
        roots.forEach(c -> nodes.put(c.getId(), new CommentNode(c.getId(), c.getText(), new ArrayList<>())));
        List<Long> level = new ArrayList<>(nodes.keySet());
        while (!level.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (Comment reply : comments.findByParentIdInOrderById(level)) {
                if (nodes.containsKey(reply.getId())) {
                    continue; // a loop in a hand-edited database: show each comment once
                }
                CommentNode node = new CommentNode(reply.getId(), reply.getText(), new ArrayList<>());
                nodes.put(reply.getId(), node);
                nodes.get(reply.getParent().getId()).replies().add(node);
                next.add(reply.getId());
            }
            level = next;
        }
        Long authorId = article.getAuthor().getId();
        String authorName = authors.findByIdIncludingDeleted(authorId).map(Author::getName).orElse("?");
        return new ArticleThread(article.getId(), article.getTitle(), article.getContent(), authorId, authorName,
                roots.map(c -> nodes.get(c.getId())));
    }
}

package dev.reprieve.demo.blog;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/**
 * A comment on an article, possibly answering another comment ({@link #parent}) of the same article:
 * a self-referencing tree. Deleting a comment takes its replies along, at any depth.
 */
@Entity
public class Comment extends SoftDeletableEntity {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    /** The comment this one answers, or {@code null} for a comment on the article itself. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Comment parent;

    @OneToMany(mappedBy = "parent", cascade = CascadeType.REMOVE)
    private List<Comment> replies = new ArrayList<>();

    @Column(nullable = false, length = 2000)
    private String text;

    protected Comment() {
    }

    public Comment(Article article, Comment parent, String text) {
        this.article = article;
        this.parent = parent;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public Comment getParent() {
        return parent;
    }

    public String getText() {
        return text;
    }

    @Override
    public String toString() {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}

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
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;

/** An article, written by one author; deleting it takes its comments along. */
@Entity
public class Article extends SoftDeletableEntity {

    @Id
    @GeneratedValue
    private Long id;

    /** Lazy: a reference to a deleted author must not be loaded by accident (see docs/model.md). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Author author;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String content;

    /** Why it was deleted, when the delete said so; Reprieve stores it and restore clears it. */
    @Column(length = 500)
    private String deletionReason;

    @OneToMany(mappedBy = "article", cascade = CascadeType.REMOVE)
    @OrderBy("id")
    private List<Comment> comments = new ArrayList<>();

    protected Article() {
    }

    public Article(Author author, String title, String content) {
        this.author = author;
        this.title = title;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    /** @return the author, possibly an uninitialized proxy; its {@code getId()} never loads it */
    public Author getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    /** @return the alive comments, replies included */
    public List<Comment> getComments() {
        return comments;
    }

    @Override
    public String toString() {
        return title;
    }

    public String getDeletionReason() {
        return deletionReason;
    }
}

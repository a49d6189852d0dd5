package dev.reprieve.benchmarks.cascade;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's Author, Article, Comment for Reprieve (and for the hand-written SQL, on the same tables). */
public final class ReprieveModel {

    private ReprieveModel() {
    }

    @Entity(name = "RAuthor")
    @Table(name = "r_author")
    public static class RAuthor extends SoftDeletableEntity {
        @Id public Long id;
        public String name;
        @OneToMany(mappedBy = "author", cascade = CascadeType.REMOVE) public List<RArticle> articles = new ArrayList<>();
    }

    @Entity(name = "RArticle")
    @Table(name = "r_article", indexes = @Index(name = "r_article_author_idx", columnList = "author_id"))
    public static class RArticle extends SoftDeletableEntity {
        @Id public Long id;
        public String title;
        @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "author_id") public RAuthor author;
        @OneToMany(mappedBy = "article", cascade = CascadeType.REMOVE) public List<RComment> comments = new ArrayList<>();
    }

    @Entity(name = "RComment")
    @Table(name = "r_comment", indexes = @Index(name = "r_comment_article_idx", columnList = "article_id"))
    public static class RComment extends SoftDeletableEntity {
        @Id public Long id;
        public String text;
        @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "article_id") public RArticle article;
    }
}

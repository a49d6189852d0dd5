package dev.reprieve.benchmarks.cascade;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/** The same model with Hibernate 7's own {@code @SoftDelete} (timestamp strategy) and {@code CascadeType.REMOVE}. */
public final class HibernateModel {

    private HibernateModel() {
    }

    @Entity(name = "HAuthor")
    @Table(name = "h_author")
    @SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
    public static class HAuthor {
        @Id public Long id;
        public String name;
        @OneToMany(mappedBy = "author", cascade = CascadeType.REMOVE) public List<HArticle> articles = new ArrayList<>();
    }

    @Entity(name = "HArticle")
    @Table(name = "h_article", indexes = @Index(name = "h_article_author_idx", columnList = "author_id"))
    @SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
    public static class HArticle {
        @Id public Long id;
        public String title;
        @ManyToOne @JoinColumn(name = "author_id") public HAuthor author;
        @OneToMany(mappedBy = "article", cascade = CascadeType.REMOVE) public List<HComment> comments = new ArrayList<>();
    }

    @Entity(name = "HComment")
    @Table(name = "h_comment", indexes = @Index(name = "h_comment_article_idx", columnList = "article_id"))
    @SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
    public static class HComment {
        @Id public Long id;
        public String text;
        @ManyToOne @JoinColumn(name = "article_id") public HArticle article;
    }
}

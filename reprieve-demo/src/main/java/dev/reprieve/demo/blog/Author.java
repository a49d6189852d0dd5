package dev.reprieve.demo.blog;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;

/**
 * An author. Deleting one takes its articles along: the JPA cascade on {@link #articles} is what
 * tells Reprieve to cascade the soft delete too.
 */
@Entity
public class Author extends SoftDeletableEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @OneToMany(mappedBy = "author", cascade = CascadeType.REMOVE)
    @OrderBy("id")
    private List<Article> articles = new ArrayList<>();

    protected Author() {
    }

    public Author(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** @return the alive articles (deleted ones are filtered out of the collection) */
    public List<Article> getArticles() {
        return articles;
    }

    @Override
    public String toString() {
        return name;
    }
}

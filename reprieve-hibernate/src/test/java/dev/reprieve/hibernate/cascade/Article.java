package dev.reprieve.hibernate.cascade;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.*;
import java.util.*;

/**
 * Its comments go with it through orphanRemoval; topics (many-to-many) and keywords stay linked. It stores
 * deletion reasons of up to 40 characters.
 */
@Entity
public class Article extends SoftDeletableEntity {
    @Id @GeneratedValue public Long id;
    public String title;
    @ManyToOne(fetch = FetchType.LAZY) public Author author;
    @OneToMany(mappedBy = "article", orphanRemoval = true) public List<Comment> comments = new ArrayList<>();
    @ManyToMany public Set<Topic> topics = new HashSet<>();
    @ElementCollection public Set<String> keywords = new HashSet<>();
    @Column(name = "deletion_reason", length = 40) public String deletionReason;
    protected Article() { }
    public Article(String title, Author author) { this.title = title; this.author = author; }
}

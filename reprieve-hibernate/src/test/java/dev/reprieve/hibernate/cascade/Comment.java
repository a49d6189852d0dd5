package dev.reprieve.hibernate.cascade;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.*;
import java.util.*;

/** A comment may answer a comment: the answers go with it (annotation on the child side). Stores deletion reasons. */
@Entity
public class Comment extends SoftDeletableEntity {
    @Id @GeneratedValue public Long id;
    public String text;
    @ManyToOne(fetch = FetchType.LAZY) public Article article;
    @OnSoftDelete(SoftDeleteAction.CASCADE)
    @ManyToOne(fetch = FetchType.LAZY) public Comment parent;
    @Column(name = "deletion_reason") public String deletionReason;
    protected Comment() { }
    public Comment(String text, Article article, Comment parent) { this.text = text; this.article = article; this.parent = parent; }
}

package dev.reprieve.hibernate.cascade;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.*;

/** No cascade, no annotation: the default RESTRICT keeps an article that is cited. */
@Entity
public class Citation extends SoftDeletableEntity {
    @Id @GeneratedValue public Long id;
    public String source;
    @ManyToOne(fetch = FetchType.LAZY) public Article article;
    protected Citation() { }
    public Citation(String source, Article article) { this.source = source; this.article = article; }
}

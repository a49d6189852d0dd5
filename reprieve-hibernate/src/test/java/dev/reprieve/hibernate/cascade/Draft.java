package dev.reprieve.hibernate.cascade;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.*;
import java.util.*;

/** DETACH: a draft outlives its co-author and the article it was based on, and loses the references. */
@Entity
public class Draft extends SoftDeletableEntity {
    @Id @GeneratedValue public Long id;
    public String title;
    @OnSoftDelete(SoftDeleteAction.DETACH)
    @ManyToOne(fetch = FetchType.LAZY) public Author coauthor;
    @OnSoftDelete(SoftDeleteAction.DETACH)
    @ManyToOne(fetch = FetchType.LAZY) public Article source;
    protected Draft() { }
    public Draft(String title, Author coauthor) { this.title = title; this.coauthor = coauthor; }
}

package dev.reprieve.hibernate.cascade;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.*;
import java.util.*;

/** The deepest level of the chain Author, Article, Comment (answers), Reaction. */
@Entity
public class Reaction extends SoftDeletableEntity {
    @Id @GeneratedValue public Long id;
    public String emoji;
    @OnSoftDelete(SoftDeleteAction.CASCADE)
    @ManyToOne(fetch = FetchType.LAZY) public Comment comment;
    protected Reaction() { }
    public Reaction(String emoji, Comment comment) { this.emoji = emoji; this.comment = comment; }
}

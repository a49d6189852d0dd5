package dev.reprieve.hibernate.cascade;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.*;
import java.util.*;

/** No cascade, no annotation: the default RESTRICT keeps an author with alive subscriptions. */
@Entity
public class Subscription extends SoftDeletableEntity {
    @Id @GeneratedValue public Long id;
    public String email;
    @ManyToOne(fetch = FetchType.LAZY) public Author author;
    protected Subscription() { }
    public Subscription(String email, Author author) { this.email = email; this.author = author; }
}

package dev.reprieve.hibernate.cascade;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.*;
import java.util.*;

/** Linked to articles through a join table, whose rows stay when an article is soft-deleted. */
@Entity
public class Topic extends SoftDeletableEntity {
    @Id @GeneratedValue public Long id;
    public String name;
    protected Topic() { }
    public Topic(String name) { this.name = name; }
}

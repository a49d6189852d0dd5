package dev.reprieve.hibernate.cascade;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.*;
import java.util.*;

/** Root of the cascade tests: its articles go with it (JPA cascade REMOVE), and so does one removed from the list. */
@Entity
public class Author extends SoftDeletableEntity {
    @Id @GeneratedValue public Long id;
    public String name;
    @OneToMany(mappedBy = "author", cascade = CascadeType.REMOVE, orphanRemoval = true) public List<Article> articles = new ArrayList<>();
    protected Author() { }
    public Author(String name) { this.name = name; }
}

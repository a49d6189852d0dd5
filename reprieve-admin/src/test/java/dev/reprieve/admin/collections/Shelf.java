package dev.reprieve.admin.collections;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Owns a many-to-many join table ({@code shelf_labels}) and an element collection ({@code shelf_tags}). */
@Entity
public class Shelf extends SoftDeletableEntity {
    @Id @GeneratedValue Long id;
    String name;
    @ElementCollection Set<String> tags = new HashSet<>();
    @ManyToMany Set<Label> labels = new HashSet<>();
    @OneToMany(mappedBy = "shelf", cascade = CascadeType.ALL) List<Book> books = new ArrayList<>();
    @OneToMany(mappedBy = "shelf", cascade = CascadeType.ALL) List<Sticker> stickers = new ArrayList<>();

    protected Shelf() {
    }

    public Shelf(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }
}

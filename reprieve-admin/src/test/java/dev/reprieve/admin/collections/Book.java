package dev.reprieve.admin.collections;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/** On a shelf (a cascade child), with an ordered element collection of its own ({@code book_notes}). */
@Entity
public class Book extends SoftDeletableEntity {
    @Id @GeneratedValue Long id;
    String title;
    @ManyToOne Shelf shelf;
    @ElementCollection @OrderColumn List<String> notes = new ArrayList<>();

    protected Book() {
    }

    public Book(String title, Shelf shelf) {
        this.title = title;
        this.shelf = shelf;
        shelf.books.add(this);
    }
}

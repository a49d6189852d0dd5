package dev.reprieve.admin.collections;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** On a shelf (a cascade child) with nothing of its own: a leaf the erase counts instead of reading. */
@Entity
public class Sticker extends SoftDeletableEntity {
    @Id @GeneratedValue Long id;
    String text;
    @ManyToOne Shelf shelf;

    protected Sticker() {
    }

    public Sticker(String text, Shelf shelf) {
        this.text = text;
        this.shelf = shelf;
        shelf.stickers.add(this);
    }

    public Long getId() {
        return id;
    }
}

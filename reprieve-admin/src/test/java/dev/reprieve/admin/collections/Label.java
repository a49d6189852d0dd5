package dev.reprieve.admin.collections;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A plain entity on the other side of the many-to-many: erasing a shelf unlinks labels, never removes them. */
@Entity
public class Label {
    @Id @GeneratedValue Long id;
    String name;

    protected Label() {
    }

    public Label(String name) {
        this.name = name;
    }
}

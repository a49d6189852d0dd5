package dev.reprieve.admin.app;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** A remark on a doc, or an answer to another remark (a self-referencing tree). */
@Entity
public class Remark extends SoftDeletableEntity {
    @Id @GeneratedValue Long id;
    String text;
    @ManyToOne Doc doc;
    @ManyToOne Remark parent;
    @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL)
    List<Remark> replies = new ArrayList<>();

    protected Remark() {
    }

    public Remark(Doc doc, Remark parent, String text) {
        this.doc = doc;
        this.parent = parent;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String toString() {
        return "Remark " + text;
    }
}

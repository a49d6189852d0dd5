package dev.reprieve.admin.app;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** The top of a cascade: deleting a folder deletes its docs and their remarks. */
@Entity
public class Folder extends SoftDeletableEntity {
    @Id @GeneratedValue Long id;
    String name;
    @OneToMany(mappedBy = "folder", cascade = CascadeType.ALL)
    List<Doc> docs = new ArrayList<>();

    protected Folder() {
    }

    public Folder(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String toString() {
        return "Folder " + name;
    }
}

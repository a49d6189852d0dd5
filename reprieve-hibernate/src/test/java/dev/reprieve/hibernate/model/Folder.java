package dev.reprieve.hibernate.model;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
public class Folder extends SoftDeletableEntity {
    @Id @GeneratedValue
    public Long id;
    public String name;
    @OneToMany(mappedBy = "folder")
    public List<Note> notes = new ArrayList<>();
    @ManyToMany
    public Set<Label> labels = new HashSet<>();

    public String getName() {
        return name;
    }

    protected Folder() {
    }

    public Folder(String name) {
        this.name = name;
    }
}

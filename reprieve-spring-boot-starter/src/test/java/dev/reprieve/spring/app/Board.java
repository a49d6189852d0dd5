package dev.reprieve.spring.app;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/**
 * Purge tests: a parent whose delete cascades to projects and notes, so they share its deletion group; it keeps
 * deleted rows 60 days (property), longer than they do.
 */
@Entity
public class Board extends SoftDeletableEntity {
    @Id @GeneratedValue
    private Long id;
    private String name;
    @OneToMany(mappedBy = "board", cascade = CascadeType.REMOVE)
    private List<Project> projects = new ArrayList<>();
    @OneToMany(mappedBy = "board", cascade = CascadeType.REMOVE)
    private List<Note> notes = new ArrayList<>();

    protected Board() {
    }

    public Board(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }
}

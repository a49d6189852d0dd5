package dev.reprieve.spring.app;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

@Entity
public class TodoList extends SoftDeletableEntity {
    @Id @GeneratedValue
    private Long id;
    private String name;
    @OneToMany(mappedBy = "list", cascade = CascadeType.REMOVE)
    private List<Todo> todos = new ArrayList<>();

    protected TodoList() {
    }

    public TodoList(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Todo> getTodos() {
        return todos;
    }
}

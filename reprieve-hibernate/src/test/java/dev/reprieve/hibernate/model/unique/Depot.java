package dev.reprieve.hibernate.model.unique;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** A plain entity whose delete cascades into soft-deletable boxes (reported), and one relation that does not. */
@Entity
public class Depot {
    @Id
    public Long id;
    @OneToMany(mappedBy = "depot", cascade = CascadeType.REMOVE)
    public List<Box> boxes = new ArrayList<>();
    @OneToMany(mappedBy = "origin")
    public List<Box> shipped = new ArrayList<>();
}

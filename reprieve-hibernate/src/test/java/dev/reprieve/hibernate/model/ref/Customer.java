package dev.reprieve.hibernate.model.ref;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code SoftDeletableEntity} with inverse one-to-ones, eager and lazy, with and without {@code @OnSoftDelete} on
 * the owning side, and two collections of soft-deletable elements.
 */
@Entity
public class Customer extends SoftDeletableEntity {
    @Id
    public Long id;
    public String name;

    @OneToOne(mappedBy = "customer")
    public Profile profile;

    @OneToOne(mappedBy = "customer", fetch = FetchType.LAZY)
    public Card card;

    @OneToOne(mappedBy = "customer")
    public Vault vault;

    @OneToOne(mappedBy = "customer", fetch = FetchType.LAZY)
    public Locker locker;

    @OneToMany(mappedBy = "customer")
    public List<Purchase> purchases = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "CustomerFavourite")
    public Set<Product> favourites = new HashSet<>();

    protected Customer() {
    }

    public Customer(Long id, String name) {
        this.id = id;
        this.name = name;
    }
}

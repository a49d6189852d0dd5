package dev.reprieve.hibernate.model.ref;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** A {@code SoftDeletableEntity} with inverse one-to-ones: eager without {@code @OnSoftDelete}, lazy with it on the owning side. */
@Entity
public class Customer extends SoftDeletableEntity {
    @Id
    public Long id;
    public String name;

    @OneToOne(mappedBy = "customer")
    public Profile profile;

    @OneToOne(mappedBy = "customer", fetch = FetchType.LAZY)
    public Card card;

    protected Customer() {
    }

    public Customer(Long id, String name) {
        this.id = id;
        this.name = name;
    }
}

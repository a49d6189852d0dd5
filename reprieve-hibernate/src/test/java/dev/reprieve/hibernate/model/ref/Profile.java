package dev.reprieve.hibernate.model.ref;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** The partner of {@link Customer#profile}: owning side without {@code @OnSoftDelete}. */
@Entity
public class Profile extends SoftDeletableEntity {
    @Id
    public Long id;
    public String bio;
    @OneToOne
    public Customer customer;

    protected Profile() {
    }

    public Profile(Long id, String bio, Customer customer) {
        this.id = id;
        this.bio = bio;
        this.customer = customer;
    }
}

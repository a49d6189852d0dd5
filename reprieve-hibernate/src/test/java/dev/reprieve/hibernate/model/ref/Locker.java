package dev.reprieve.hibernate.model.ref;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** The partner of the lazy inverse one-to-one {@link Customer#locker}; its owning side has no {@code @OnSoftDelete}. */
@Entity
public class Locker extends SoftDeletableEntity {
    @Id
    public Long id;
    public String code;
    @OneToOne(fetch = FetchType.LAZY)
    public Customer customer;

    protected Locker() {
    }

    public Locker(Long id, String code, Customer customer) {
        this.id = id;
        this.code = code;
        this.customer = customer;
    }
}

package dev.reprieve.hibernate.model.ref;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** The partner of the eager inverse one-to-one {@link Customer#vault}; its owning side has {@code @OnSoftDelete(CASCADE)}. */
@Entity
public class Vault extends SoftDeletableEntity {
    @Id
    public Long id;
    public String code;
    @OneToOne @OnSoftDelete(SoftDeleteAction.CASCADE)
    public Customer customer;

    protected Vault() {
    }

    public Vault(Long id, String code, Customer customer) {
        this.id = id;
        this.code = code;
        this.customer = customer;
    }
}

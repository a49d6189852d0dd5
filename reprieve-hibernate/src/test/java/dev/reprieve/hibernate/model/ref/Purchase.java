package dev.reprieve.hibernate.model.ref;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An element of the collection {@link Customer#purchases}. */
@Entity
public class Purchase extends SoftDeletableEntity {
    @Id
    public Long id;
    public String item;
    @ManyToOne(fetch = FetchType.LAZY) @OnSoftDelete(SoftDeleteAction.CASCADE)
    public Customer customer;

    protected Purchase() {
    }

    public Purchase(Long id, String item, Customer customer) {
        this.id = id;
        this.item = item;
        this.customer = customer;
    }
}

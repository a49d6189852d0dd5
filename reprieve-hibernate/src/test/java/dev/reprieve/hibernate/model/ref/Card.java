package dev.reprieve.hibernate.model.ref;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** The partner of {@link Customer#card}: lazy owning side with {@code @OnSoftDelete(CASCADE)}. */
@Entity
public class Card extends SoftDeletableEntity {
    @Id
    public Long id;
    public String number;
    @OneToOne(fetch = FetchType.LAZY) @OnSoftDelete(SoftDeleteAction.CASCADE)
    public Customer customer;

    protected Card() {
    }

    public Card(Long id, String number, Customer customer) {
        this.id = id;
        this.number = number;
        this.customer = customer;
    }
}

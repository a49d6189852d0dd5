package dev.reprieve.hibernate.model.unique;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A child whose foreign key cascades deletes in the database: erasing the parent would erase it. */
@Entity
public class LegacyItem extends SoftDeletableEntity {
    @Id
    public Long id;
    @ManyToOne
    @OnDelete(action = OnDeleteAction.CASCADE)
    public LegacyTag tag;
}

package dev.reprieve.hibernate.model.unique;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A child whose foreign key cascades deletes in the database although its soft-delete policy is RESTRICT:
 * erasing the parent would erase what the policy protects.
 */
@Entity
public class LegacyItem extends SoftDeletableEntity {
    @Id
    public Long id;
    @ManyToOne
    @OnSoftDelete(SoftDeleteAction.RESTRICT)
    @OnDelete(action = OnDeleteAction.CASCADE)
    public LegacyTag tag;
}

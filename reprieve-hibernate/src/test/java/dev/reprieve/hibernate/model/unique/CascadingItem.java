package dev.reprieve.hibernate.model.unique;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A child whose database cascade agrees with its soft-delete policy (CASCADE, derived from {@code @OnDelete}). */
@Entity
public class CascadingItem extends SoftDeletableEntity {
    @Id
    public Long id;
    @ManyToOne
    @OnDelete(action = OnDeleteAction.CASCADE)
    public LegacyTag tag;
}

package dev.reprieve.hibernate.model.unique;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A plain entity: deleting it deletes it. */
@Entity
public class Warehouse {
    @Id
    public Long id;
}

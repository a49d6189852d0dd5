package dev.reprieve.hibernate.model.unique;

import dev.reprieve.core.UniqueWhenAlive;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A schema the startup check must complain about: a plain unique column, and (without Reprieve's DDL) no indexes. */
@Entity
public class LegacyTag extends SoftDeletableEntity {
    @Id
    public Long id;
    @Column(unique = true)
    public String label;
    @UniqueWhenAlive
    public String slug;
}

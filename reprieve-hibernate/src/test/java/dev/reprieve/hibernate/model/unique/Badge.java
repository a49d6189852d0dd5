package dev.reprieve.hibernate.model.unique;

import dev.reprieve.core.UniqueWhenAlive;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A composite key: a code is unique among the alive badges of one crew. */
@Entity
@UniqueWhenAlive(attributes = {"crew", "code"})
public class Badge extends SoftDeletableEntity {
    @Id @GeneratedValue
    public Long id;
    public String code;
    @ManyToOne(fetch = FetchType.LAZY)
    public Crew crew;

    protected Badge() {
    }

    public Badge(Crew crew, String code) {
        this.crew = crew;
        this.code = code;
    }
}

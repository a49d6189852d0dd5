package dev.reprieve.hibernate.model.unique;

import dev.reprieve.core.UniqueWhenAlive;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A soft-deletable child: email unique among alive crewmates, and a many-to-one that gets an alive index. */
@Entity
public class Crewmate extends SoftDeletableEntity {
    @Id @GeneratedValue
    public Long id;
    @UniqueWhenAlive
    public String email;
    @ManyToOne(fetch = FetchType.LAZY)
    public Crew crew;

    protected Crewmate() {
    }

    public Crewmate(String email, Crew crew) {
        this.email = email;
        this.crew = crew;
    }
}

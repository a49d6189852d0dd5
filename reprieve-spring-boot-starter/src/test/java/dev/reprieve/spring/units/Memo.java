package dev.reprieve.spring.units;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Mapped in both persistence units of {@link UnitsApp}: a table {@code memo} in each unit's schema. */
@Entity
@Table(name = "memo")
public class Memo extends SoftDeletableEntity {
    @Id
    public Long id;
    public String text;

    protected Memo() {
    }

    public Memo(Long id, String text) {
        this.id = id;
        this.text = text;
    }
}

package dev.reprieve.admin.app;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Neither a label attribute nor a toString: shown as "Ticket #id". */
@Entity
public class Ticket extends SoftDeletableEntity {
    @Id @GeneratedValue Long id;
    int priority;

    protected Ticket() {
    }

    public Ticket(int priority) {
        this.priority = priority;
    }

    public Long getId() {
        return id;
    }
}

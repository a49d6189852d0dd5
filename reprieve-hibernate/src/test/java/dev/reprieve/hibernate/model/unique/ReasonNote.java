package dev.reprieve.hibernate.model.unique;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Declares a deletion reason; the schema check test builds its table without that column. */
@Entity
@Table(name = "reason_note")
public class ReasonNote extends SoftDeletableEntity {
    @Id public Long id;
    @Column(name = "deletion_reason", length = 100) public String deletionReason;
}

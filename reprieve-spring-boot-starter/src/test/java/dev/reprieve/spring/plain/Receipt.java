package dev.reprieve.spring.plain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A plain entity: deleting it deletes it. */
@Entity
public class Receipt {
    @Id @GeneratedValue
    private Long id;
}

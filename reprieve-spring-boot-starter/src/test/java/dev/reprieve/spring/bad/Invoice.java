package dev.reprieve.spring.bad;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Not soft-deletable. */
@Entity
public class Invoice {
    @Id
    Long id;
}

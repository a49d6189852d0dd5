package dev.reprieve.benchmarks.bulk;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The bulk benchmark's row: a plain soft-deletable table, {@code grp} selecting a tenth of it for the specification. */
@Entity(name = "BItem")
@Table(name = "b_item", indexes = @Index(name = "b_item_grp_idx", columnList = "grp"))
public class BItem extends SoftDeletableEntity {
    @Id public Long id;
    public int grp;
    public String name;
}

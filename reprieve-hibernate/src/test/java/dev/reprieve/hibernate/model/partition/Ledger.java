package dev.reprieve.hibernate.model.partition;

import dev.reprieve.core.UniqueWhenAlive;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of a table partitioned by range of {@code region}. The database's primary key is (id, region), as both
 * PostgreSQL and MariaDB require every unique key of a partitioned table to hold the partitioning column; the
 * unique-when-alive key holds it too.
 */
@Entity
@Table(name = "ledger")
@UniqueWhenAlive(attributes = {"region", "code"})
public class Ledger extends SoftDeletableEntity {
    @Id
    public Long id;
    public int region;
    public String code;

    protected Ledger() {
    }

    public Ledger(long id, int region, String code) {
        this.id = id;
        this.region = region;
        this.code = code;
    }
}

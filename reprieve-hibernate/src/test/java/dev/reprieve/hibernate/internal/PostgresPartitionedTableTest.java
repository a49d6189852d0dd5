package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Declarative range partitioning. */
@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresPartitionedTableTest extends PartitionedTableContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Override
    List<String> createPartitionedTable(String timestampType) {
        return List.of("CREATE TABLE ledger (id BIGINT NOT NULL, region INT NOT NULL, code VARCHAR(40) NOT NULL,"
                        + " deleted_at " + timestampType + ", deleted_by VARCHAR(255), deletion_id VARCHAR(36),"
                        + " PRIMARY KEY (id, region)) PARTITION BY RANGE (region)",
                "CREATE TABLE ledger_low PARTITION OF ledger FOR VALUES FROM (0) TO (100)",
                "CREATE TABLE ledger_high PARTITION OF ledger FOR VALUES FROM (100) TO (200)");
    }

    @Override
    boolean isPartitioned(Connection connection) throws SQLException {
        try (var rs = connection.createStatement().executeQuery(
                "select count(*) from pg_inherits i join pg_class p on p.oid = i.inhparent where p.relname = 'ledger'"
                        + " and p.relkind = 'p'")) {
            return rs.next() && rs.getInt(1) == 2;
        }
    }

    @Override
    String dropIndex(String name) {
        return "DROP INDEX " + name;
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** RANGE partitioning (InnoDB). MariaDB allows no foreign keys on partitioned tables: this table has none. */
@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbPartitionedTableTest extends PartitionedTableContract {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Override
    List<String> createPartitionedTable(String timestampType) {
        return List.of("CREATE TABLE ledger (id BIGINT NOT NULL, region INT NOT NULL, code VARCHAR(40) NOT NULL,"
                + " deleted_at " + timestampType + ", deleted_by VARCHAR(255), deletion_id VARCHAR(36),"
                + " PRIMARY KEY (id, region)) PARTITION BY RANGE (region)"
                + " (PARTITION ledger_low VALUES LESS THAN (100), PARTITION ledger_high VALUES LESS THAN (200))");
    }

    @Override
    boolean isPartitioned(Connection connection) throws SQLException {
        try (var rs = connection.createStatement().executeQuery("select count(*) from information_schema.partitions"
                + " where table_schema = database() and table_name = 'ledger' and partition_name is not null")) {
            return rs.next() && rs.getInt(1) == 2;
        }
    }

    @Override
    String dropIndex(String name) {
        return "DROP INDEX " + name + " ON ledger";
    }
}

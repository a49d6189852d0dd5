package dev.reprieve.admin;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresTrashPlanTest extends TrashPlanContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        AdminDatabases.use(TestDatabase.POSTGRES, registry);
    }

    @Override
    void fill(String table, String labelColumn) {
        jdbc.update("insert into " + table + " (id, " + labelColumn + ", deleted_at, deleted_by) select " + FIRST_ID
                + " + g, 'row ' || g, timestamp with time zone '2026-01-01 00:00:00+00' - g * interval '1 second', 'bulk'"
                + " from generate_series(0, " + (ROWS - 1) + ") g");
        jdbc.execute("analyze " + table);
    }

    @Override
    String explainPrefix() {
        return "EXPLAIN ";
    }

    @Override
    boolean fullScan(String plan) {
        return plan.contains("Seq Scan");
    }
}

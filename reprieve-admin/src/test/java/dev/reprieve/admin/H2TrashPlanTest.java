package dev.reprieve.admin;

import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class H2TrashPlanTest extends TrashPlanContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        AdminDatabases.use(TestDatabase.H2, registry);
    }

    @Override
    void fill(String table, String labelColumn) {
        jdbc.update("insert into " + table + " (id, " + labelColumn + ", deleted_at, deleted_by) select " + FIRST_ID
                + " + x, 'row ' || x, dateadd(second, -x, timestamp with time zone '2026-01-01 00:00:00+00'), 'bulk'"
                + " from system_range(0, " + (ROWS - 1) + ")");
        jdbc.execute("analyze");
    }

    @Override
    String explainPrefix() {
        return "EXPLAIN ";
    }

    /** H2 names the index it reads in a comment; a scan without one says tableScan. */
    @Override
    boolean fullScan(String plan) {
        return plan.contains("tableScan");
    }
}

package dev.reprieve.admin;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbTrashPlanTest extends TrashPlanContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        AdminDatabases.use(TestDatabase.MARIADB, registry);
    }

    @Override
    void fill(String table, String labelColumn) {
        // five digit tables: 0 .. 99,999 without a recursion limit
        String digits = "(select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all"
                + " select 5 union all select 6 union all select 7 union all select 8 union all select 9)";
        jdbc.update("insert into " + table + " (id, " + labelColumn + ", deleted_at, deleted_by) select " + FIRST_ID
                + " + n, concat('row ', n), timestamp '2026-01-01 00:00:00' - interval n second, 'bulk' from (select"
                + " a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d n from " + digits + " a, " + digits + " b, "
                + digits + " c, " + digits + " e, " + digits + " f) g");
        jdbc.execute("analyze table " + table);
    }

    @Override
    String explainPrefix() {
        return "EXPLAIN ";
    }

    /** EXPLAIN's access type ALL is a full table scan. */
    @Override
    boolean fullScan(String plan) {
        return plan.lines().anyMatch(line -> line.matches(".*, (memo|contact), ALL,.*"));
    }
}

package dev.reprieve.admin;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbAdminInputTest extends AdminInputContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        AdminDatabases.use(TestDatabase.MARIADB, registry);
    }
}

package dev.reprieve.demo.e2e;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbBrowserTest extends BrowserContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        E2eDatabases.use(TestDatabase.MARIADB, registry);
    }

    @Override
    String database() {
        return "mariadb";
    }
}

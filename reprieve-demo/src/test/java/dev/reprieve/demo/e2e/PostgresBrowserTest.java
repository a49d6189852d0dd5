package dev.reprieve.demo.e2e;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresBrowserTest extends BrowserContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        E2eDatabases.use(TestDatabase.POSTGRES, registry);
    }

    @Override
    String database() {
        return "postgres";
    }
}

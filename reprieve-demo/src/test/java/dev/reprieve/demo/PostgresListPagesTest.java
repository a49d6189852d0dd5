package dev.reprieve.demo;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresListPagesTest extends ListPagesContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DemoDatabases.use(TestDatabase.POSTGRES, registry);
    }
}

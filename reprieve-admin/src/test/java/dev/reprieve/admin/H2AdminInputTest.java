package dev.reprieve.admin;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class H2AdminInputTest extends AdminInputContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        AdminDatabases.use(TestDatabase.H2, registry);
    }
}

package dev.reprieve.demo;

import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class H2ListPagesTest extends ListPagesContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DemoDatabases.use(TestDatabase.H2, registry);
    }
}

package dev.reprieve.demo.e2e;

import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class H2BrowserTest extends BrowserContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        E2eDatabases.use(TestDatabase.H2, registry);
    }

    @Override
    String database() {
        return "h2";
    }
}

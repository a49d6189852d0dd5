package dev.reprieve.demo;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbEndpointFuzzTest extends EndpointFuzzContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DemoDatabases.use(TestDatabase.MARIADB, registry, true);
    }
}

package dev.reprieve.spring.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbErasureTest extends ErasureContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.MARIADB.springProperties("reprieve_erasure").forEach((k, v) -> registry.add(k, () -> v));
    }
}

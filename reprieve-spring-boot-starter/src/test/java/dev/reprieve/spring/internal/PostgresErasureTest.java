package dev.reprieve.spring.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresErasureTest extends ErasureContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.POSTGRES.springProperties("reprieve_erasure").forEach((k, v) -> registry.add(k, () -> v));
    }
}

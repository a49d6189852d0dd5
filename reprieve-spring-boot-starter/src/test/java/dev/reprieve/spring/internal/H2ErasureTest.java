package dev.reprieve.spring.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


class H2ErasureTest extends ErasureContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.H2.springProperties("reprieve_erasure").forEach((k, v) -> registry.add(k, () -> v));
    }
}

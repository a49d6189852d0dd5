package dev.reprieve.demo.e2e;

import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The browser tests' own database on each server, so they never share tables with the MockMvc tests. */
final class E2eDatabases {

    private E2eDatabases() {
    }

    static void use(TestDatabase database, DynamicPropertyRegistry registry) {
        database.springProperties("reprieve_demo_e2e").forEach((k, v) -> registry.add(k, () -> v));
        registry.add("spring.jpa.hibernate.ddl-auto", () -> "create-drop");
    }
}

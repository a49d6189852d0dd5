package dev.reprieve.demo;

import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the demo at one of the test databases, with a schema made fresh for the test run. */
final class DemoDatabases {

    private DemoDatabases() {
    }

    static void use(TestDatabase database, DynamicPropertyRegistry registry) {
        database.springProperties("reprieve_demo").forEach((k, v) -> registry.add(k, () -> v));
        registry.add("spring.jpa.hibernate.ddl-auto", () -> "create-drop");
    }
}

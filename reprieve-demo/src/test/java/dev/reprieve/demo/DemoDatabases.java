package dev.reprieve.demo;

import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the demo at one of the test databases, with a schema made fresh for the test run and without
 * the sample data (tests start from empty tables; {@code SampleDataContract} turns it back on).
 */
final class DemoDatabases {

    private DemoDatabases() {
    }

    static void use(TestDatabase database, DynamicPropertyRegistry registry) {
        use(database, registry, false);
    }

    static void use(TestDatabase database, DynamicPropertyRegistry registry, boolean sampleData) {
        database.springProperties("reprieve_demo").forEach((k, v) -> registry.add(k, () -> v));
        registry.add("spring.jpa.hibernate.ddl-auto", () -> "create-drop");
        registry.add("reprieve.demo.sample-data", () -> String.valueOf(sampleData));
    }
}

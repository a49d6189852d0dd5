package dev.reprieve.admin;

import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the admin's test application at one of the test databases, schema made fresh for the run. */
final class AdminDatabases {

    private AdminDatabases() {
    }

    static void use(TestDatabase database, DynamicPropertyRegistry registry) {
        database.springProperties("reprieve_admin").forEach((k, v) -> registry.add(k, () -> v));
        registry.add("spring.jpa.hibernate.ddl-auto", () -> "create-drop");
    }
}

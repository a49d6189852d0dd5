package dev.reprieve.admin.collections;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresEraseCollectionsTest extends EraseCollectionsContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.POSTGRES.springProperties("reprieve_admin_collections").forEach((k, v) -> registry.add(k, () -> v));
        registry.add("spring.jpa.hibernate.ddl-auto", () -> "create-drop");
    }
}

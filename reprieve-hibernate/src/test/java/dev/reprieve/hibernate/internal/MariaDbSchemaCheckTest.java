package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbSchemaCheckTest extends SchemaCheckContract {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}

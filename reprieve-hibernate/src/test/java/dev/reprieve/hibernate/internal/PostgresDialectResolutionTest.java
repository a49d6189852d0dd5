package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresDialectResolutionTest extends DialectResolutionContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Override
    String expectedDialect() {
        return "postgresql";
    }
}

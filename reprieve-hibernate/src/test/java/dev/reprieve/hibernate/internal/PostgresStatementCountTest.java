package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresStatementCountTest extends StatementCountContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}

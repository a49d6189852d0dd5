package dev.reprieve.hibernate.example;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresPlainHibernateExampleTest extends PlainHibernateExampleContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}

package dev.reprieve.hibernate.example;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbPlainHibernateExampleTest extends PlainHibernateExampleContract {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}

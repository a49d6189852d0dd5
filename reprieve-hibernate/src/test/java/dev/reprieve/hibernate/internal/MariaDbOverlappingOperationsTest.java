package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbOverlappingOperationsTest extends OverlappingOperationsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}

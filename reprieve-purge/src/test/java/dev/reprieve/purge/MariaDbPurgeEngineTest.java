package dev.reprieve.purge;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbPurgeEngineTest extends PurgeEngineContract {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}

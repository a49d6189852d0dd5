package dev.reprieve.purge;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresPurgeEngineTest extends PurgeEngineContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}

package dev.reprieve.purge;

import dev.reprieve.testing.TestDatabase;

class H2PurgeEngineTest extends PurgeEngineContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}

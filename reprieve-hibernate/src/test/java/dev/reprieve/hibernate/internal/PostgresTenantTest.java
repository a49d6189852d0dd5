package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresTenantTest extends TenantContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}

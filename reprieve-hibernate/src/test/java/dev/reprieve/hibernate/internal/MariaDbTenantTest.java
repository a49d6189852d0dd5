package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbTenantTest extends TenantContract {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}

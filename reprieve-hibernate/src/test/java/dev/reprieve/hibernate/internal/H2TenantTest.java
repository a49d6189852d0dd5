package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.TestDatabase;

class H2TenantTest extends TenantContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;


class H2ReferenceTest extends ReferenceContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}

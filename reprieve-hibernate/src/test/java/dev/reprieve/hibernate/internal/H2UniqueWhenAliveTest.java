package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

class H2UniqueWhenAliveTest extends UniqueWhenAliveContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}

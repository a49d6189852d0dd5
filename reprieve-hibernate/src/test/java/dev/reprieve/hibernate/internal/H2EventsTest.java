package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

class H2EventsTest extends EventsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}

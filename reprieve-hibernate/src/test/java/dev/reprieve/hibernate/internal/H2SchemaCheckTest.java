package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.TestDatabase;

class H2SchemaCheckTest extends SchemaCheckContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}

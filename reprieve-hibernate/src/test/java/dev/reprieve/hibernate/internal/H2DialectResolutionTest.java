package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.TestDatabase;

class H2DialectResolutionTest extends DialectResolutionContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    String expectedDialect() {
        return "h2";
    }
}

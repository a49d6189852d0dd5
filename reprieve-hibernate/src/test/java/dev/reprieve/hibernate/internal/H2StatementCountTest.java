package dev.reprieve.hibernate.internal;


import dev.reprieve.testing.TestDatabase;


class H2StatementCountTest extends StatementCountContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}

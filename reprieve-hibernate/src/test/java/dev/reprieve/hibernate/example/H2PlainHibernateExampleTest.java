package dev.reprieve.hibernate.example;

import dev.reprieve.testing.TestDatabase;

class H2PlainHibernateExampleTest extends PlainHibernateExampleContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}

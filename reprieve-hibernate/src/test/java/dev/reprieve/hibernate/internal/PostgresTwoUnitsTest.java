package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

/** The units' schemas in one PostgreSQL database. */
@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresTwoUnitsTest extends TwoUnitsContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Override
    String url(String database, String schema) {
        return TestDatabase.POSTGRES.url(database) + (schema == null ? "" : "?currentSchema=" + schema);
    }
}

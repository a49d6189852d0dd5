package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

/** MariaDB's schemas are databases: two units in two databases of one server. */
@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbTwoUnitsTest extends TwoUnitsContract {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Override
    String createSchema(String name) {
        String url = TestDatabase.MARIADB.ensureDatabase("reprieve_" + name);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Override
    String url(String schema) {
        return TestDatabase.MARIADB.url(schema);
    }
}

package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.TestDatabase;
import java.util.Locale;

/** The units' schemas in one H2 database. */
class H2TwoUnitsTest extends TwoUnitsContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    String url(String database, String schema) {
        return TestDatabase.H2.url(database) + (schema == null ? "" : ";SCHEMA=" + schema.toUpperCase(Locale.ROOT));
    }
}

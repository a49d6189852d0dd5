package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;
import org.hibernate.cfg.AvailableSettings;

/**
 * MariaDB's schemas are databases of one server, which Hibernate's MariaDB dialect calls catalogs: a unit is put in
 * one with {@code hibernate.default_catalog} or {@code @Table(catalog = ...)}.
 */
@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbTwoUnitsTest extends TwoUnitsContract {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Override
    String url(String database, String schema) {
        return TestDatabase.MARIADB.url(schema == null ? database : schema);
    }

    @Override
    String createSchema(String name) {
        if (name.equals(PINNED_CATALOG_NAME)) {
            execute("CREATE DATABASE IF NOT EXISTS " + name); // named by the mapping: no suffix
            return name;
        }
        String url = TestDatabase.MARIADB.ensureDatabase("reprieve_" + name);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Override
    String defaultSchemaSetting() {
        return AvailableSettings.DEFAULT_CATALOG;
    }

    @Override
    Model pinnedModel() {
        return PINNED_CATALOG;
    }

    private static final String PINNED_CATALOG_NAME = dev.reprieve.hibernate.model.units.PinnedCatalogTodo.CATALOG;
}

package dev.reprieve.purge;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbPurgerTest extends PurgerContract {
    @Override
    String[] database() {
        TestDatabase db = TestDatabase.MARIADB;
        return new String[] {db.ensureDatabase("reprieve_purger"), db.user(), db.password()};
    }
}

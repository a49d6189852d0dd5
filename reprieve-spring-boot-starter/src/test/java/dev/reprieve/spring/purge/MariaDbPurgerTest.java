package dev.reprieve.spring.kill;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbPurgeKillTest extends PurgeKillContract {
    @Override
    String[] database() {
        TestDatabase db = TestDatabase.MARIADB;
        return new String[] {db.ensureDatabase("reprieve_kill"), db.user(), db.password()};
    }
}

package dev.reprieve.spring.kill;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresPurgeKillTest extends PurgeKillContract {
    @Override
    String[] database() {
        TestDatabase db = TestDatabase.POSTGRES;
        return new String[] {db.ensureDatabase("reprieve_kill"), db.user(), db.password()};
    }
}

package dev.reprieve.purge;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresPurgerTest extends PurgerContract {
    @Override
    String[] database() {
        TestDatabase db = TestDatabase.POSTGRES;
        return new String[] {db.ensureDatabase("reprieve_purger"), db.user(), db.password()};
    }
}

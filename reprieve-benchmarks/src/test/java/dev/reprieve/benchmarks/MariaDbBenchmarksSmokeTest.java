package dev.reprieve.benchmarks;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbBenchmarksSmokeTest extends BenchmarksSmokeContract {

    @Override
    BenchServer server() {
        return BenchServer.MARIADB;
    }
}

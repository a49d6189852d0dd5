package dev.reprieve.benchmarks;

import dev.reprieve.testing.RequiresDatabase;
import dev.reprieve.testing.TestDatabase;

@RequiresDatabase(TestDatabase.POSTGRES)
class PostgresBenchmarksSmokeTest extends BenchmarksSmokeContract {

    @Override
    BenchServer server() {
        return BenchServer.POSTGRES;
    }
}

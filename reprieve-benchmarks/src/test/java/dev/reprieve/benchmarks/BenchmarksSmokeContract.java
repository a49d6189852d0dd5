package dev.reprieve.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every benchmark of {@link BenchmarkSuite#ALL} at its small size on one server: a refactoring that breaks a
 * benchmark, or makes it measure the wrong rows, fails the build. Each benchmark checks what it measured and
 * throws when it is wrong; timings are never asserted.
 */
abstract class BenchmarksSmokeContract {

    abstract BenchServer server();

    @TestFactory
    Stream<DynamicTest> everyBenchmarkRunsAndChecksWhatItMeasured() {
        return BenchmarkSuite.ALL.stream().filter(e -> e.servers().contains(server()))
                .map(entry -> DynamicTest.dynamicTest(entry.name(), () -> {
                    ByteArrayOutputStream printed = new ByteArrayOutputStream();
                    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
                    boolean ran = entry.runOn(new BenchRun(true, List.of(server()), out));
                    System.out.println(printed.toString(StandardCharsets.UTF_8));
                    assertThat(ran).isTrue();
                    assertThat(printed.toString(StandardCharsets.UTF_8)).contains(server().name());
                }));
    }
}

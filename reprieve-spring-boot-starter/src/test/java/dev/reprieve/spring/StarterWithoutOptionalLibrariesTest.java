package dev.reprieve.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An application without ShedLock, Actuator, Micrometer and Spring Security on its class path starts, soft
 * deletes and purges. The application runs in its own JVM on this module's test class path minus those
 * libraries' jars, so nothing of theirs (classes or auto-configuration lists) is there to be found.
 */
class StarterWithoutOptionalLibrariesTest {

    /** Jar names of the optional libraries: ShedLock, Actuator, Micrometer, Spring Security. */
    private static final List<String> OPTIONAL_JARS = List.of(
            "shedlock-", "spring-boot-actuator", "spring-boot-micrometer", "micrometer-core", "micrometer-registry",
            "spring-security-", "spring-boot-security", "spring-boot-starter-actuator", "spring-boot-starter-security");

    @Test
    void anApplicationWithoutTheOptionalLibrariesStartsDeletesAndPurges() throws Exception {
        String trimmed = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> OPTIONAL_JARS.stream().noneMatch(Path.of(entry).getFileName().toString()::startsWith))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(trimmed).doesNotContain("shedlock-", "spring-security-core", "micrometer-core", "spring-boot-actuator");

        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", trimmed, TrimmedApplication.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(app.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(app.exitValue()).as(output).isZero();
        assertThat(output).contains("TRIMMED OK purge-lock=LocalPurgeLock purged=1 alive=[kept]")
                .contains("ShedLock is not on the class path");
    }
}

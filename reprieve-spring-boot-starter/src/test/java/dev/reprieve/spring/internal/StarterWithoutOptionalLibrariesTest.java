package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An application without ShedLock, Actuator, Micrometer or Spring Security on its class path (each alone, and all
 * four) starts, soft deletes and purges, and gets the features that need them only when they are there. The
 * application runs in its own JVM on this module's test class path minus those libraries' jars, so nothing of
 * theirs (classes or auto-configuration lists) is there to be found.
 */
class StarterWithoutOptionalLibrariesTest {

    /** Jar names of each optional library. */
    enum Library {
        SHEDLOCK("shedlock-"),
        ACTUATOR("spring-boot-actuator", "spring-boot-starter-actuator"),
        MICROMETER("micrometer-core", "micrometer-registry", "spring-boot-micrometer"),
        SPRING_SECURITY("spring-security-", "spring-boot-security", "spring-boot-starter-security");

        final List<String> jars;

        Library(String... jars) {
            this.jars = List.of(jars);
        }
    }

    static Stream<EnumSet<Library>> withoutEachAndWithoutAll() {
        return Stream.concat(Stream.of(Library.values()).map(EnumSet::of), Stream.of(EnumSet.allOf(Library.class)));
    }

    @ParameterizedTest
    @MethodSource("withoutEachAndWithoutAll")
    void anApplicationWithoutAnOptionalLibraryStartsDeletesAndPurges(EnumSet<Library> missing) throws Exception {
        List<String> hidden = missing.stream().flatMap(l -> l.jars.stream()).toList();
        String trimmed = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> hidden.stream().noneMatch(Path.of(entry).getFileName().toString()::startsWith))
                .collect(Collectors.joining(File.pathSeparator));
        for (String jar : hidden) {
            assertThat(trimmed).doesNotContain(File.separator + jar);
        }

        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", trimmed, TrimmedApplication.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(app.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(app.exitValue()).as(output).isZero();
        boolean shedLock = !missing.contains(Library.SHEDLOCK);
        assertThat(output).contains("TRIMMED OK purge-lock=" + (shedLock ? "ShedLockPurgeLock" : "LocalPurgeLock")
                + " endpoint=" + !missing.contains(Library.ACTUATOR)
                + " metrics=" + !missing.contains(Library.MICROMETER)
                + " purged=1 alive=[kept]");
        if (!shedLock) {
            assertThat(output).contains("ShedLock is not on the class path");
        }
    }
}

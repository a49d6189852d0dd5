package dev.reprieve.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** On H2 the restart needs a database that outlives the first start: a file in a new directory. */
class H2RestartTest extends RestartContract {
    @Override
    List<String> emptyDatabase() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "restart-h2");
        return List.of("jdbc:h2:file:" + dir.resolve("demo").toAbsolutePath(), "sa", "");
    }
}

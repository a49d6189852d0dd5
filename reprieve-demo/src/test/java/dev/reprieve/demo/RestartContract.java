package dev.reprieve.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo started twice on one database with {@code ddl-auto=update}, as an application restarts: the second
 * start, on the schema the first one made (Reprieve's indexes and unique-when-alive keys included), logs no
 * warning and no error at all, from Reprieve, Hibernate, Spring or anything else.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class RestartContract {

    /** A log line at WARN or ERROR in Spring Boot's console format ({@code <time>  WARN <pid> --- ...}). */
    private static final Pattern WARNING = Pattern.compile("^\\S+\\s+(WARN|ERROR)\\s+\\d+\\s+---");

    /** The JDBC URL, user and password of a database emptied for this test. */
    abstract List<String> emptyDatabase() throws Exception;

    ConfigurableApplicationContext start(List<String> database) {
        return new SpringApplicationBuilder(DemoApplication.class).main(DemoApplication.class).run(
                "--spring.datasource.url=" + database.get(0),
                "--spring.datasource.username=" + database.get(1),
                "--spring.datasource.password=" + database.get(2),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.jpa.hibernate.ddl-auto=update",
                "--reprieve.demo.sample-data=true",
                "--server.port=0");
    }

    @Test
    void aRestartOnAnIntactSchemaLogsNoWarning(CapturedOutput output) throws Exception {
        List<String> database = emptyDatabase();
        try (ConfigurableApplicationContext first = start(database)) {
            assertThat(first.isRunning()).isTrue();
        }
        int before = output.getOut().length();
        try (ConfigurableApplicationContext second = start(database)) {
            assertThat(second.isRunning()).isTrue();
        }
        String restart = output.getOut().substring(before);
        assertThat(restart).as("the second start's log").contains("Started DemoApplication");
        List<String> warnings = restart.lines().filter(line -> WARNING.matcher(line).find()).toList();
        assertThat(warnings).as("WARN and ERROR lines logged by the restart").isEmpty();
    }
}

package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.spring.RetentionService;
import dev.reprieve.spring.app.TestApp;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Purge configuration: bad values fail startup naming the property; the schedule's default; IDE metadata. */
class PurgeConfigurationTest {

    private static ConfigurableApplicationContext start(String database, String... properties) {
        List<String> all = new ArrayList<>(List.of("spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "spring.main.web-application-type=none"));
        all.addAll(List.of(properties));
        // as command-line arguments, so they override the test application.properties
        return new SpringApplicationBuilder(TestApp.class).run(all.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static Throwable startupFailure(String... properties) {
        Throwable failure = catchThrowable(() -> start("purge_config", properties).close());
        Throwable cause = failure;
        while (cause != null && !(cause instanceof ReprieveException)) {
            cause = cause.getCause();
        }
        return cause == null ? failure : cause;
    }

    @Test
    void anUnreadableRetentionFailsStartupNamingTheProperty() {
        assertThat(startupFailure("reprieve.retention.Task=thirty days"))
                .isInstanceOf(ReprieveException.class).hasMessageContaining("reprieve.retention.Task");
    }

    @Test
    void aNegativeRetentionFailsStartupNamingTheProperty() {
        assertThat(startupFailure("reprieve.retention.Task=-P3D"))
                .isInstanceOf(ReprieveException.class).hasMessageContaining("reprieve.retention.Task")
                .hasMessageContaining("negative");
    }

    @Test
    void aBatchSizeBelowOneFailsStartupNamingTheProperty() {
        assertThat(startupFailure("reprieve.purge.batch-size=0"))
                .isInstanceOf(ReprieveException.class).hasMessageContaining("reprieve.purge.batch-size");
    }

    @Test
    void aBatchTimeThatIsNotPositiveFailsStartupNamingTheProperty() {
        assertThat(startupFailure("reprieve.purge.batch-time=0s"))
                .isInstanceOf(ReprieveException.class).hasMessageContaining("reprieve.purge.batch-time");
        assertThat(startupFailure("reprieve.purge.batch-time=-5ms"))
                .isInstanceOf(ReprieveException.class).hasMessageContaining("reprieve.purge.batch-time");
    }

    @Test
    void aRetentionOnATypeThatIsNotSoftDeletableFailsStartupNamingTheProperty() {
        assertThat(startupFailure("reprieve.retention.Plain=30d"))
                .isInstanceOf(ReprieveException.class).hasMessageContaining("reprieve.retention.Plain")
                .hasMessageContaining("not soft-deletable");
    }

    @Test
    void aRetentionOnAnUnknownTypeFailsStartupNamingTheProperty() {
        assertThat(startupFailure("reprieve.retention.Invoice=30d"))
                .isInstanceOf(ReprieveException.class).hasMessageContaining("reprieve.retention.Invoice")
                .hasMessageContaining("no entity named");
    }

    @Test
    void aBadCronFailsStartupNamingTheProperty() {
        assertThat(startupFailure("reprieve.purge.enabled=true", "reprieve.purge.cron=every night"))
                .isInstanceOf(ReprieveException.class).hasMessageContaining("reprieve.purge.cron");
    }

    @Test
    void thePurgeIsScheduledByDefaultWhenAnyEntityHasARetentionAndRunsOnItsCron() {
        // Project carries @SoftDeletable(retention = "30d"); test properties turn the schedule off, so unset it
        try (ConfigurableApplicationContext context = start("purge_scheduled", "reprieve.purge.enabled=",
                "reprieve.purge.cron=* * * * * *")) {
            RetentionService retention = context.getBean(RetentionService.class);
            assertThat(retention.scheduled()).isTrue();
            assertThat(retention.nextPurge()).isPresent();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.update("insert into project (id, name, legal_hold, deleted_at, deletion_id) values"
                    + " (1, 'expired', false, timestamp with time zone '2020-01-01 00:00:00+00', 'g1')");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(jdbc.queryForObject("select count(*) from project", Long.class)).isZero());
        }
    }

    @Test
    void thePurgeIsNotScheduledWhenSwitchedOff() {
        try (ConfigurableApplicationContext context = start("purge_off", "reprieve.purge.enabled=false")) {
            assertThat(context.getBean(RetentionService.class).scheduled()).isFalse();
            assertThat(context.getBean(RetentionService.class).nextPurge()).isEmpty();
        }
    }

    @Test
    void everyPurgePropertyHasIdeMetadata() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            metadata = JsonMapper.builder().build().readTree(in);
        }
        List<String> names = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (JsonNode property : metadata.get("properties")) {
            names.add(property.get("name").asString());
            if (property.get("description") == null) {
                undocumented.add(property.get("name").asString());
            }
        }
        assertThat(names).contains("reprieve.retention", "reprieve.purge.enabled", "reprieve.purge.cron",
                "reprieve.purge.batch-size", "reprieve.purge.batch-time", "reprieve.purge.lock-at-most-for", "reprieve.purge.lock-table",
                "reprieve.purge.create-lock-table", "reprieve.purge.archive", "reprieve.purge.archive-directory",
                "reprieve.purge.hold");
        assertThat(undocumented).isEmpty();
    }
}

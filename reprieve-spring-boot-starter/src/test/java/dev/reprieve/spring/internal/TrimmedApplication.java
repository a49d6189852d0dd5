package dev.reprieve.spring.internal;

import dev.reprieve.purge.PurgeReport;
import dev.reprieve.spring.PurgeLock;
import dev.reprieve.spring.RetentionService;
import dev.reprieve.spring.app.TestApp;
import dev.reprieve.spring.app.Todo;
import dev.reprieve.spring.app.TodoRepository;
import dev.reprieve.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What {@link StarterWithoutOptionalLibrariesTest} runs in a JVM without some optional libraries: the test
 * application deletes one of two todos, lets it expire and purges. Prints one line the test checks: the purge
 * lock it got, whether the actuator endpoint and the metrics are there, and what the purge left.
 */
public final class TrimmedApplication {

    private TrimmedApplication() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApp.class)
                .properties("spring.datasource.url=jdbc:h2:mem:trimmed;DB_CLOSE_DELAY=-1",
                        "spring.main.web-application-type=none", "reprieve.retention.Todo=1d",
                        // the reprieve endpoint is there whenever the actuator is and it is exposed
                        "spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=reprieve")
                .run()) {

            TodoRepository todos = context.getBean(TodoRepository.class);
            todos.save(new Todo("kept"));
            Todo expired = todos.save(new Todo("expired"));
            TestApp.AUDITOR.set("alice");
            try {
                todos.delete(expired);
            } finally {
                TestApp.AUDITOR.remove();
            }
            check("alice".equals(todos.findByIdIncludingDeleted(expired.getId()).orElseThrow().getDeletedBy()),
                    "deleted_by comes from the AuditorAware without Spring Security");

            context.getBean(MutableClock.class).set(TestApp.START.plus(Duration.ofDays(2)));
            PurgeReport report = context.getBean(RetentionService.class).purgeNow();
            check(report.skipped() == null, "the purge ran: " + report.skipped());
            List<String> alive = todos.findAllIncludingDeleted().stream().map(Todo::getTitle).toList();

            System.out.println("TRIMMED OK purge-lock=" + context.getBean(PurgeLock.class).getClass().getSimpleName()
                    + " endpoint=" + (context.getBeanNamesForType(ReprieveEndpoint.class).length > 0)
                    + " metrics=" + (context.getBeanNamesForType(PurgeMetrics.class).length > 0)
                    + " purged=" + report.entities().stream().mapToLong(e -> e.purged()).sum() + " alive=" + alive);
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("expected: " + what);
        }
    }
}

package dev.reprieve.spring.app;

import dev.reprieve.testing.MutableClock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.AuditorAware;

@SpringBootApplication
public class TestApp {

    /** The auditor the tests set; used when no Spring Security user is logged in. */
    public static final ThreadLocal<String> AUDITOR = new ThreadLocal<>();

    /** The time every test starts at. */
    public static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    @Bean
    MutableClock clock() {
        return new MutableClock(START);
    }

    @Bean
    AuditorAware<String> auditor() {
        return () -> Optional.ofNullable(AUDITOR.get());
    }

    @Bean
    PurgeTestHooks purgeTestHooks() {
        return new PurgeTestHooks();
    }

    @Bean
    static SqlLog sqlLog() {
        return new SqlLog();
    }
}

package dev.reprieve.spring.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.AuditorAware;

@SpringBootApplication
public class TestApp {

    /** The clock every test moves by hand. */
    public static final class TestClock extends Clock {
        public volatile Instant now = Instant.parse("2026-03-01T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The auditor the tests set; used when no Spring Security user is logged in. */
    public static final ThreadLocal<String> AUDITOR = new ThreadLocal<>();

    @Bean
    TestClock clock() {
        return new TestClock();
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

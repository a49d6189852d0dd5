package dev.reprieve.spring.plain;

import dev.reprieve.core.RestoreListener;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** An application with the starter but no soft-deletable entity, and a restore listener all the same. */
@SpringBootApplication
public class PlainApp {

    @Bean
    RestoreListener restoreListener() {
        return event -> {
        };
    }
}

package dev.reprieve.admin.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** An application with three soft-deletable types, two users and no security configuration of its own. */
@SpringBootApplication
public class AdminTestApp {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }

    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("admin").password("{noop}admin").roles("REPRIEVE_ADMIN").build(),
                User.withUsername("user").password("{noop}user").roles("USER").build());
    }
}

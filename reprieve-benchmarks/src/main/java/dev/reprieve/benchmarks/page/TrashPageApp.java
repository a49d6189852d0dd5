package dev.reprieve.benchmarks.page;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The smallest application that serves the admin trash as a library user ships it: Reprieve's starter and admin
 * (with its own security filter chain) over the trash benchmark's entities, one admin user with a {@code {noop}}
 * password handed over as a plain {@link UserDetailsService}, as the demo does.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EntityScan("dev.reprieve.benchmarks.trash")
public class TrashPageApp {

    public static final String USER = "admin";
    public static final String PASSWORD = "admin";

    @Bean
    UserDetailsService users() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                User.withUsername(USER).password("{noop}" + PASSWORD).roles("REPRIEVE_ADMIN").build());
        return users::loadUserByUsername;
    }
}

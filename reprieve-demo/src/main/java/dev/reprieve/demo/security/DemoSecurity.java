package dev.reprieve.demo.security;

import static org.springframework.security.config.Customizer.withDefaults;

import dev.reprieve.admin.security.AdminSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The demo's users and its security outside the admin: {@code admin}/{@code admin} has the admin role,
 * {@code user}/{@code user} does not. The demo's own pages and {@code /api/**} stay open to anonymous use
 * (then {@code deleted_by} stays empty; a logged-in user is recorded); the Actuator needs the admin role
 * over HTTP Basic, except its health probe. The admin trash under {@code /reprieve} brings its own, stricter filter chain.
 */
@Configuration
public class DemoSecurity {

    /** The role reprieve-admin asks for by default ({@code reprieve.admin.role}). */
    static final String ADMIN_ROLE = "REPRIEVE_ADMIN";

    /**
     * Demo credentials, documented in README.md; {@code {noop}}: plain text, for the demo only. Handed to Spring
     * Security as a plain {@link UserDetailsService}, not the {@link InMemoryUserDetailsManager} itself: that one is
     * also a password store, and Spring Security then "upgrades" every {@code {noop}} password to BCrypt at the first
     * login, after which every HTTP Basic request (scripts, the admin API) pays a BCrypt check, most of its time.
     */
    @Bean
    UserDetailsService demoUsers() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                User.withUsername("admin").password("{noop}admin").roles(ADMIN_ROLE).build(),
                User.withUsername("user").password("{noop}user").roles("USER").build());
        return users::loadUserByUsername;
    }

    @Bean
    SecurityFilterChain demoSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN_ROLE)
                        .anyRequest().permitAll())
                .httpBasic(withDefaults())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(withDefaults())
                // A state change made with someone's login needs the CSRF token: the pages' forms carry it, and so
                // must API calls that ride on the session cookie. Calls with their own Authorization header (HTTP
                // Basic from a script) need none unless a browser marks them cross-site, and an anonymous visitor
                // without credentials has no rights a forged request could borrow.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> AdminSecurity.isScript(request)
                        || (!loggedIn() && request.getHeader("Authorization") == null)));
        return http.build();
    }

    /** Whether the session carries a logged-in user (the CSRF filter runs before anonymous authentication). */
    static boolean loggedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}

package dev.reprieve.admin.security;

import dev.reprieve.admin.ReprieveAdminProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The admin's own security filter chain, limited to its path: every page and API call needs an
 * authenticated user with {@code reprieve.admin.role}. Pages log in through the admin's form (and are
 * redirected there), the JSON API answers 401 and accepts HTTP Basic. CSRF protection stays on; only API
 * calls that carry their own {@code Authorization} header and are not cross-site browser requests skip the
 * token, since a browser cannot attach that header to a forged request.
 */
public final class AdminSecurity {

    private AdminSecurity() {
    }

    public static SecurityFilterChain chain(HttpSecurity http, ReprieveAdminProperties properties) throws Exception {
        String base = properties.basePath();
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = paths.matcher(base + "/api/**");
        RequestMatcher login = paths.matcher(base + "/login");
        AuthenticationEntryPoint apiEntry = (request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                "Authentication required: log in with a user who has the role " + properties.getRole(), true);
        var entries = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entries.put(api, apiEntry);
        DelegatingAuthenticationEntryPoint entry = new DelegatingAuthenticationEntryPoint(entries);
        entry.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(base + "/login"));
        AccessDeniedHandler denied = (request, response, e) -> {
            if (api.matches(request)) {
                problem(response, HttpStatus.FORBIDDEN, "Forbidden: the Reprieve admin needs the role " + properties.getRole(), false);
            } else {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("<!DOCTYPE html><html><head><title>Forbidden · Reprieve admin</title></head><body>"
                        + "<h1>Forbidden</h1><p id=\"denied\">The Reprieve admin needs the role " + escape(properties.getRole())
                        + ". <a href=\"" + escape(base) + "/logout-page\">Log in as someone else</a></p></body></html>");
            }
        };
        http.securityMatcher(new org.springframework.security.web.util.matcher.OrRequestMatcher(paths.matcher(base), paths.matcher(base + "/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(login, paths.matcher(base + "/logout-page")).permitAll()
                        .anyRequest().hasRole(properties.getRole()))
                .formLogin(form -> form.loginPage(base + "/login").defaultSuccessUrl(base + "/trash", false)
                        .failureUrl(base + "/login?error"))
                .logout(logout -> logout.logoutRequestMatcher(paths.matcher(org.springframework.http.HttpMethod.POST, base + "/logout"))
                        .logoutSuccessUrl(base + "/login?logout"))
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntry))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entry).accessDeniedHandler(denied))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> api.matches(request) && isScript(request)));
        return http.build();
    }

    /** A call with its own credentials that no browser marked as cross-site: safe without a CSRF token. */
    static boolean isScript(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        String site = request.getHeader("Sec-Fetch-Site");
        return authorization != null && !authorization.isBlank()
                && (site == null || site.equals("same-origin") || site.equals("none"));
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail,
            boolean challenge) throws java.io.IOException {
        response.setStatus(status.value());
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Reprieve admin\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status.value() + ",\"title\":\"" + status.getReasonPhrase()
                + "\",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

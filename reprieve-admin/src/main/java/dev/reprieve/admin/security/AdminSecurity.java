package dev.reprieve.admin.security;

import dev.reprieve.admin.ReprieveAdminProperties;
import dev.reprieve.admin.web.ProblemJsonView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
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
 * redirected there; a signed-in user without the role sees the admin's styled 403 page), the JSON API
 * answers 401 with {@code WWW-Authenticate} and accepts HTTP Basic. CSRF protection stays on; API calls that
 * carry their own {@code Authorization} header and are not cross-site browser requests skip the token, since
 * a browser cannot attach that header to a forged request, and so do API calls with neither a session nor
 * that header, which have no login to borrow (they are answered 401). Refused API calls create no session.
 */
public final class AdminSecurity {

    private AdminSecurity() {
    }

    public static SecurityFilterChain chain(HttpSecurity http, ReprieveAdminProperties properties) throws Exception {
        String base = properties.basePath();
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = paths.matcher(base + "/api/**");
        RequestMatcher login = paths.matcher(base + "/login");
        AuthenticationEntryPoint apiEntry = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Reprieve admin\"");
            ProblemJsonView.write(request, response, HttpStatus.UNAUTHORIZED,
                    "Authentication required: log in with a user who has the role " + properties.getRole());
        };
        var entries = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entries.put(api, apiEntry);
        DelegatingAuthenticationEntryPoint entry = new DelegatingAuthenticationEntryPoint(entries);
        entry.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(base + "/login"));
        AccessDeniedHandlerImpl deniedPage = new AccessDeniedHandlerImpl();
        deniedPage.setErrorPage(base + "/denied");
        AccessDeniedHandler denied = (request, response, e) -> {
            if (anonymous() && request.getHeader("Authorization") == null) {
                // a refused CSRF token of someone not logged in: ask them to log in, as for any other anonymous call
                entry.commence(request, response, new InsufficientAuthenticationException(e.getMessage(), e));
            } else if (api.matches(request)) {
                ProblemJsonView.write(request, response, HttpStatus.FORBIDDEN,
                        "Forbidden: the Reprieve admin needs the role " + properties.getRole());
            } else {
                deniedPage.handle(request, response, e);
            }
        };
        // only pages are remembered for after the login: a refused API call leaves no session behind
        HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
        pagesOnly.setRequestMatcher(new AndRequestMatcher(paths.matcher(HttpMethod.GET, "/**"), new NegatedRequestMatcher(api)));
        http.securityMatcher(new org.springframework.security.web.util.matcher.OrRequestMatcher(paths.matcher(base), paths.matcher(base + "/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(login, paths.matcher(base + "/logout-page"), paths.matcher(base + "/denied")).permitAll()
                        .anyRequest().hasRole(properties.getRole()))
                .formLogin(form -> form.loginPage(base + "/login").defaultSuccessUrl(base + "/trash", false)
                        .failureUrl(base + "/login?error"))
                .logout(logout -> logout.logoutRequestMatcher(paths.matcher(org.springframework.http.HttpMethod.POST, base + "/logout"))
                        .logoutSuccessUrl(base + "/login?logout"))
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntry))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entry).accessDeniedHandler(denied))
                .requestCache(cache -> cache.requestCache(pagesOnly))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> api.matches(request)
                        && (isScript(request) || carriesNoCredentials(request))));
        return http.build();
    }

    /** A call with its own credentials that no browser marked as cross-site: safe without a CSRF token. */
    public static boolean isScript(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        String site = request.getHeader("Sec-Fetch-Site");
        return authorization != null && !authorization.isBlank()
                && (site == null || site.equals("same-origin") || site.equals("none"));
    }

    /** Neither a session nor an {@code Authorization} header: no login a forged request could borrow, so no token to check. */
    static boolean carriesNoCredentials(HttpServletRequest request) {
        return request.getSession(false) == null && request.getHeader("Authorization") == null;
    }

    private static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated();
    }
}

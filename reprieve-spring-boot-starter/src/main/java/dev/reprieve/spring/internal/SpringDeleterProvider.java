package dev.reprieve.spring.internal;

import dev.reprieve.core.DeleterProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Who is deleting: the Spring Security principal when one is logged in, else Spring Data's
 * {@link AuditorAware}, else nobody ({@code deleted_by} stays empty, as for anonymous users).
 */
public class SpringDeleterProvider implements DeleterProvider {

    private static final boolean SECURITY_PRESENT = ClassUtils.isPresent(
            "org.springframework.security.core.context.SecurityContextHolder", SpringDeleterProvider.class.getClassLoader());

    private final ObjectProvider<AuditorAware<?>> auditors;

    public SpringDeleterProvider(ObjectProvider<AuditorAware<?>> auditors) {
        this.auditors = auditors;
    }

    @Override
    public String currentDeleter() {
        if (SECURITY_PRESENT) {
            String principal = SecurityPrincipal.name();
            if (principal != null) {
                return principal;
            }
        }
        AuditorAware<?> auditor = auditors.getIfUnique();
        return auditor == null ? null : auditor.getCurrentAuditor().map(String::valueOf).orElse(null);
    }

    /** Kept apart so that Spring Security classes load only when Spring Security is there. */
    private static final class SecurityPrincipal {
        static String name() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return null;
            }
            return authentication.getName();
        }
    }
}

package dev.reprieve.admin.autoconfigure;

import dev.reprieve.admin.ReprieveAdminProperties;
import dev.reprieve.admin.input.StorableTextBody;
import dev.reprieve.admin.input.StorableTextParameters;
import dev.reprieve.admin.internal.audit.AuditLog;
import dev.reprieve.admin.internal.history.DeletionHistory;
import dev.reprieve.admin.internal.purge.PurgeProgress;
import dev.reprieve.admin.internal.purge.PurgeRunner;
import dev.reprieve.admin.internal.purge.RetentionPurgeRunner;
import dev.reprieve.admin.internal.trash.HistoryWriter;
import dev.reprieve.admin.internal.trash.TrashBrowser;
import dev.reprieve.admin.internal.trash.TrashEraser;
import dev.reprieve.admin.internal.trash.TrashRestorer;
import dev.reprieve.admin.internal.trash.TrashTypes;
import dev.reprieve.admin.internal.trash.TypeBrowser;
import dev.reprieve.admin.internal.web.AdminApiController;
import dev.reprieve.admin.internal.web.AdminErrors;
import dev.reprieve.admin.internal.web.AdminPropertiesCheck;
import dev.reprieve.admin.internal.web.AdminErasureController;
import dev.reprieve.admin.internal.web.AdminPageController;
import dev.reprieve.admin.security.AdminSecurity;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.spring.RetentionService;
import dev.reprieve.spring.autoconfigure.ReprieveAutoConfiguration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.hibernate.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Mounts the admin trash under {@code reprieve.admin.path} in a servlet web application that uses Reprieve,
 * with its own Spring Security filter chain for that path. Runs after Spring Boot's web security
 * configuration, so an application without a security configuration of its own keeps Boot's default one
 * for everything else. It shows the trash of the application's one persistence unit (or of the primary one); with
 * several units and none primary it stays off rather than guess.
 */
@AutoConfiguration(after = ReprieveAutoConfiguration.class, afterName = {
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "dev.reprieve.spring.autoconfigure.ReprievePurgeAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, ReprieveRuntime.class})
@ConditionalOnSingleCandidate(EntityManagerFactory.class)
@ConditionalOnBooleanProperty(name = "reprieve.admin.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ReprieveAdminProperties.class)
@Import({AdminPageController.class, AdminErasureController.class, AdminApiController.class, ReprieveAdminAutoConfiguration.AdminJsonBodies.class})
public class ReprieveAdminAutoConfiguration {

    /** Before any application chain, so that the admin's rules hold whatever the application allows elsewhere. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 50)
    public SecurityFilterChain reprieveAdminSecurityFilterChain(HttpSecurity http, ReprieveAdminProperties properties)
            throws Exception {
        AdminPropertiesCheck.validate(properties);
        return AdminSecurity.chain(http, properties);
    }

    /** Answers every error under the admin's path in the admin's formats (problem details, the admin's error page). */
    @Bean
    AdminErrors reprieveAdminErrors(ReprieveAdminProperties properties, TrashTypes types) {
        return new AdminErrors(properties, types);
    }

    /** Text that cannot be stored, in a parameter or path segment under the admin's path, is a 400 before anything runs. */
    @Bean
    public WebMvcConfigurer reprieveAdminInputChecks(ReprieveAdminProperties properties) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new StorableTextParameters())
                        .addPathPatterns(properties.basePath(), properties.basePath() + "/**");
            }
        };
    }

    /** The same check for the JSON API's request bodies. */
    @ControllerAdvice(assignableTypes = AdminApiController.class)
    static class AdminJsonBodies extends StorableTextBody {
    }

    @Bean
    @ConditionalOnMissingBean
    TrashTypes reprieveTrashTypes(EntityManagerFactory entityManagerFactory, ReprieveAdminProperties properties) {
        return new TrashTypes(ReprieveRuntime.of(entityManagerFactory.unwrap(SessionFactory.class)), properties.getLabels());
    }

    @Bean
    @ConditionalOnMissingBean
    TrashBrowser reprieveTrashBrowser(TrashTypes types, EntityManagerFactory emf, PlatformTransactionManager tx,
            ReprieveAdminProperties properties) {
        return new TrashBrowser(types, shared(emf), readOnly(tx), properties.getMaxPageSize(),
                properties.getCountLimit());
    }

    @Bean
    @ConditionalOnMissingBean
    TypeBrowser reprieveTypeBrowser(TrashTypes types, EntityManagerFactory emf, PlatformTransactionManager tx) {
        return new TypeBrowser(types, shared(emf), readOnly(tx));
    }

    @Bean
    @ConditionalOnMissingBean
    AuditLog reprieveAuditLog(JdbcTemplate jdbc, TrashTypes types, ReprieveAdminProperties properties,
            ObjectProvider<Clock> clock) {
        AuditLog log = new AuditLog(jdbc, types.runtime().dialect(), properties.getAuditTable(), clock.getIfUnique(Clock::systemUTC));
        if (properties.isCreateAuditTable()) {
            log.createTable();
        }
        return log;
    }

    @Bean
    @ConditionalOnMissingBean
    DeletionHistory reprieveDeletionHistory(AuditLog log) {
        return new DeletionHistory(log);
    }

    /**
     * The one writer of the history: hears every delete, restore, erase and purge, the application's own as well
     * as the admin's (the starter registers every ReprieveListener bean).
     */
    @Bean
    @ConditionalOnMissingBean
    HistoryWriter reprieveHistoryWriter(AuditLog log, TrashBrowser browser) {
        return new HistoryWriter(log, browser);
    }

    @Bean
    @ConditionalOnMissingBean
    TrashRestorer reprieveTrashRestorer(TrashTypes types, TrashBrowser browser, HistoryWriter history,
            EntityManagerFactory emf, PlatformTransactionManager tx) {
        return new TrashRestorer(types, browser, history, shared(emf), new TransactionTemplate(tx));
    }

    @Bean
    @ConditionalOnMissingBean
    TrashEraser reprieveTrashEraser(TrashTypes types, TrashBrowser browser, HistoryWriter history,
            EntityManagerFactory emf, PlatformTransactionManager tx, ReprieveAdminProperties properties) {
        return new TrashEraser(types, browser, history, shared(emf), new TransactionTemplate(tx), properties.getImpactRowsShown());
    }

    /** "Purge expired now" runs the starter's retention purge, when the application has one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(RetentionService.class)
    static class PurgeConfiguration {

        @Bean
        @ConditionalOnMissingBean
        PurgeProgress reprieveAdminPurgeProgress() {
            return new PurgeProgress();
        }

        /** Takes the retention service lazily: it collects the purge listeners, this progress among them. */
        @Bean
        @ConditionalOnMissingBean(PurgeRunner.class)
        PurgeRunner reprieveAdminPurgeRunner(ObjectProvider<RetentionService> retention, PurgeProgress progress,
                HistoryWriter history, ObjectProvider<Clock> clock) {
            return new RetentionPurgeRunner(retention, progress, history, clock.getIfUnique(Clock::systemUTC));
        }
    }

    private static EntityManager shared(EntityManagerFactory emf) {
        return SharedEntityManagerCreator.createSharedEntityManager(emf);
    }

    private static TransactionTemplate readOnly(PlatformTransactionManager tx) {
        TransactionTemplate template = new TransactionTemplate(tx);
        template.setReadOnly(true);
        return template;
    }
}

package dev.reprieve.spring.autoconfigure;

import dev.reprieve.core.DeleterProvider;
import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.RestoreListener;
import dev.reprieve.core.event.ReprieveListener;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.ReprieveSettings;
import dev.reprieve.hibernate.ReprieveStatementInspector;
import dev.reprieve.spring.AliveUniqueViolationException;
import dev.reprieve.spring.ReprieveEventPublisher;
import dev.reprieve.spring.ReprieveProperties;
import dev.reprieve.spring.SoftDeleteRepository;
import dev.reprieve.spring.internal.ReprieveJpaDialectInstaller;
import dev.reprieve.spring.internal.SoftDeleteRepositoryBaseClass;
import dev.reprieve.spring.internal.SpringDeleterProvider;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.AuditorAware;
import org.springframework.util.ClassUtils;

/**
 * Turns Reprieve on in a Spring Boot + JPA application: passes the clock, the deleter provider and the
 * settings to Hibernate, installs the hard-delete guard, gives {@link SoftDeleteRepository} its
 * implementation, registers the application's {@link ReprieveListener} and {@link RestoreListener} beans, and
 * publishes Reprieve's events as Spring application events.
 */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({EntityManagerFactory.class, ReprieveStatementInspector.class})
@EnableConfigurationProperties(ReprieveProperties.class)
public class ReprieveAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public DeleterProvider reprieveDeleterProvider(ObjectProvider<AuditorAware<?>> auditors) {
        return new SpringDeleterProvider(auditors);
    }

    @Bean
    public HibernatePropertiesCustomizer reprieveHibernateProperties(ReprieveProperties properties,
            DeleterProvider deleters, ObjectProvider<Clock> clock) {
        return settings -> {
            settings.put(AvailableSettings.STATEMENT_INSPECTOR, guard(settings));
            settings.put(ReprieveSettings.CLOCK, clock.getIfUnique(Clock::systemUTC));
            settings.put(ReprieveSettings.DELETER_PROVIDER, deleters);
            settings.put(ReprieveSettings.SECOND_DELETE, properties.getSecondDelete());
            settings.put(ReprieveSettings.REFERENCES, properties.getReferences());
            settings.put(ReprieveSettings.CREATE_INDEXES, String.valueOf(properties.isCreateIndexes()));
            settings.put(ReprieveSettings.SCHEMA_CHECK, properties.getSchemaCheck());
            if (properties.getDialect() != null) {
                settings.put(ReprieveSettings.DIALECT, properties.getDialect());
            }
        };
    }

    /** Reprieve's events as Spring application events (it registers itself like any {@link ReprieveListener}). */
    @Bean
    @ConditionalOnMissingBean
    public ReprieveEventPublisher reprieveEventPublisher(ApplicationEventPublisher publisher) {
        return new ReprieveEventPublisher(publisher);
    }

    /**
     * Hands every {@link ReprieveListener} and {@link RestoreListener} bean to the runtime of every persistence
     * unit once all singletons exist: listeners may need the {@code EntityManagerFactory}, which is built before
     * them. With two units, a listener bean hears both; each event names its entity.
     */
    @Bean
    public SmartInitializingSingleton reprieveRestoreListeners(ObjectProvider<RestoreListener> restoreListeners,
            ObjectProvider<ReprieveListener> listeners, ObjectProvider<EntityManagerFactory> entityManagerFactories) {
        return () -> {
            List<RestoreListener> restores = restoreListeners.orderedStream().toList();
            List<ReprieveListener> all = listeners.orderedStream().toList();
            if (restores.isEmpty() && all.isEmpty()) {
                return;
            }
            entityManagerFactories.orderedStream().forEach(emf -> {
                try {
                    ReprieveRuntime runtime = ReprieveRuntime.of(emf.unwrap(SessionFactory.class));
                    restores.forEach(runtime::addRestoreListener);
                    all.forEach(runtime::addListener);
                } catch (NotSoftDeletableException none) {
                    // no soft-deletable entity in this unit: nothing is deleted or restored there, nothing to hear
                }
            });
        };
    }

    @Bean
    static SoftDeleteRepositoryBaseClass reprieveRepositoryBaseClass() {
        return new SoftDeleteRepositoryBaseClass();
    }

    /** Unique-when-alive violations become {@link AliveUniqueViolationException}s wherever Spring translates. */
    @Bean
    static ReprieveJpaDialectInstaller reprieveJpaDialect() {
        return new ReprieveJpaDialectInstaller();
    }

    /** Wraps any statement inspector the application configured, so both run. */
    private static StatementInspector guard(Map<String, Object> settings) {
        Object existing = settings.get(AvailableSettings.STATEMENT_INSPECTOR);
        if (existing instanceof ReprieveStatementInspector reprieve) {
            return reprieve;
        }
        if (existing instanceof StatementInspector inspector) {
            return new ReprieveStatementInspector(inspector);
        }
        if (existing instanceof String className && !className.isBlank()) {
            try {
                Class<?> type = ClassUtils.forName(className, ReprieveAutoConfiguration.class.getClassLoader());
                return new ReprieveStatementInspector((StatementInspector) type.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException(AvailableSettings.STATEMENT_INSPECTOR + ": cannot create '" + className + "'", e);
            }
        }
        return new ReprieveStatementInspector();
    }
}

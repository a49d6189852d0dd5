package dev.reprieve.spring.autoconfigure;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.spi.sql.SoftDeleteDialects;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.RetentionPurge;
import dev.reprieve.hibernate.SubjectErasure;
import dev.reprieve.purge.ArchiveMode;
import dev.reprieve.purge.PurgeListener;
import dev.reprieve.purge.Purger;
import dev.reprieve.spring.ErasureService;
import dev.reprieve.spring.PurgeLock;
import dev.reprieve.spring.ReprieveProperties;
import dev.reprieve.spring.RetentionService;
import dev.reprieve.spring.internal.EraseBodyAdvice;
import dev.reprieve.spring.internal.JsonLinesArchive;
import dev.reprieve.spring.internal.LocalPurgeLock;
import dev.reprieve.spring.internal.PurgeMetrics;
import dev.reprieve.spring.internal.PurgePolicies;
import dev.reprieve.spring.internal.PurgeScheduler;
import dev.reprieve.spring.internal.ReprieveEndpoint;
import dev.reprieve.spring.internal.ShedLockPurgeLock;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.ClassUtils;

/**
 * The retention purge in a Spring Boot application: a {@link RetentionService} built from the mapping and
 * {@code reprieve.*} properties, its cron schedule (on when any entity has a retention), the lock that keeps
 * it to one run at a time (ShedLock's JDBC lock across instances when ShedLock is present, a JVM-local lock
 * otherwise), Micrometer metrics and the {@code reprieve} actuator endpoint when those libraries are present.
 */
@AutoConfiguration(after = {ReprieveAutoConfiguration.class, HibernateJpaAutoConfiguration.class})
@ConditionalOnClass({EntityManagerFactory.class, ReprieveRuntime.class})
@ConditionalOnSingleCandidate(EntityManagerFactory.class)
@ConditionalOnBean(DataSource.class)
public class ReprievePurgeAutoConfiguration {

    private static final Log LOG = LogFactory.getLog(ReprievePurgeAutoConfiguration.class);

    /** Without ShedLock the purge is kept to one run at a time in this JVM only. */
    @Bean
    @ConditionalOnMissingBean
    PurgeLock reprieveLocalPurgeLock() {
        LOG.info("Reprieve: ShedLock is not on the class path, so the retention purge is kept to one run at a time"
                + " within this instance only; add net.javacrumbs.shedlock:shedlock-provider-jdbc-template to keep it"
                + " to one instance across a cluster");
        return new LocalPurgeLock();
    }

    /**
     * The connections of the unit the purge serves: the factory's own data source when Spring knows it, so that
     * with several data sources the purge never runs its DELETEs against another unit's database.
     */
    static DataSource dataSourceOf(EntityManagerFactory entityManagerFactory, ObjectProvider<DataSource> dataSources) {
        if (entityManagerFactory instanceof EntityManagerFactoryInfo info && info.getDataSource() != null) {
            return info.getDataSource();
        }
        return dataSources.getObject();
    }

    @Bean
    @ConditionalOnMissingBean
    public RetentionService reprieveRetentionService(EntityManagerFactory entityManagerFactory,
            ObjectProvider<DataSource> dataSources, ReprieveProperties properties, ObjectProvider<Clock> clock, PurgeLock lock,
            ObjectProvider<PurgeListener> listeners) {
        ReprieveProperties.Purge purge = properties.getPurge();
        Clock purgeClock = clock.getIfUnique(Clock::systemUTC);
        RetentionPurge.Builder builder = RetentionPurge.of(entityManagerFactory.unwrap(SessionFactory.class),
                        dataSourceOf(entityManagerFactory, dataSources))
                .clock(purgeClock);
        PurgePolicies.apply(properties, builder);
        if (properties.getDialect() != null) {
            builder.dialect(SoftDeleteDialects.named(properties.getDialect()));
        }
        if (purge.getArchive().containsValue(ArchiveMode.FILES)) {
            builder.fileArchive(fileArchive(purge));
        }
        listeners.orderedStream().forEach(builder::listener);
        Purger purger = builder.build();
        CronExpression schedule = schedule(purge, purger.anyRetention());
        return new RetentionService(purger, lock, purge.getLockAtMostFor(), purgeClock, schedule);
    }

    /**
     * The erasure of a data subject over the same mapping, archive table and file archive as the purge (the file
     * archive when a type archives to files or its directory exists), under the purge's lock.
     */
    @Bean
    @ConditionalOnMissingBean
    public ErasureService reprieveErasureService(EntityManagerFactory entityManagerFactory, ReprieveProperties properties,
            PurgeLock lock) {
        ReprieveProperties.Purge purge = properties.getPurge();
        SubjectErasure.Builder builder = SubjectErasure.of(entityManagerFactory.unwrap(SessionFactory.class));
        if (purge.getArchive().containsValue(ArchiveMode.FILES)
                || (purge.getArchiveDirectory() != null && Files.isDirectory(purge.getArchiveDirectory()))) {
            builder.fileArchive(fileArchive(purge));
        }
        return new ErasureService(builder.build(), lock, purge.getLockAtMostFor());
    }

    @Bean
    @ConditionalOnMissingBean
    PurgeScheduler reprievePurgeScheduler(RetentionService retention, ReprieveProperties properties) {
        return new PurgeScheduler(retention, properties.getPurge().getCron());
    }

    private static CronExpression schedule(ReprieveProperties.Purge purge, boolean anyRetention) {
        boolean enabled = purge.getEnabled() != null ? purge.getEnabled() : anyRetention;
        if (!enabled) {
            return null;
        }
        try {
            return CronExpression.parse(purge.getCron());
        } catch (IllegalArgumentException e) {
            throw new ReprieveException("reprieve.purge.cron: '" + purge.getCron() + "' is not a cron expression"
                    + " (second minute hour day month weekday, e.g. 0 0 3 * * *): " + e.getMessage(), e);
        }
    }

    private static JsonLinesArchive fileArchive(ReprieveProperties.Purge purge) {
        if (!ClassUtils.isPresent("tools.jackson.databind.json.JsonMapper", ReprievePurgeAutoConfiguration.class.getClassLoader())) {
            throw new ReprieveException("reprieve.purge.archive: the files archive writes JSON with Jackson;"
                    + " add tools.jackson.core:jackson-databind (spring-boot-starter-json) to the application");
        }
        return new JsonLinesArchive(purge.getArchiveDirectory());
    }

    /** The cluster-wide purge lock, when ShedLock's JDBC provider is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider")
    static class ClusterLock {
        @Bean
        @ConditionalOnMissingBean
        public LockProvider reprievePurgeLockProvider(DataSource dataSource, ReprieveProperties properties) {
            ReprieveProperties.Purge purge = properties.getPurge();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            if (purge.isCreateLockTable()) {
                RetentionPurge.dialectOf(dataSource, properties.getDialect()).createLockTable(purge.getLockTable()).forEach(jdbc::execute);
            }
            return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(jdbc).withTableName(purge.getLockTable()).usingDbTime().build());
        }

        @Bean
        @ConditionalOnMissingBean(PurgeLock.class)
        PurgeLock reprieveClusterPurgeLock(LockProvider lockProvider) {
            return new ShedLockPurgeLock(lockProvider);
        }
    }

    /** Purge metrics, when Micrometer is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Metrics {
        @Bean
        PurgeMetrics reprievePurgeMetrics(ObjectProvider<MeterRegistry> registries) {
            return new PurgeMetrics(registries);
        }
    }

    /** The {@code reprieve} actuator endpoint, when the actuator is on the class path and the endpoint exposed. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    static class Actuator {
        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnAvailableEndpoint
        ReprieveEndpoint reprieveEndpoint(RetentionService retention, ErasureService erasure,
                EntityManagerFactory entityManagerFactory) {
            return new ReprieveEndpoint(retention, erasure,
                    () -> ReprieveRuntime.of(entityManagerFactory.unwrap(SessionFactory.class)).schemaReport());
        }

        /** Lets {@code POST /actuator/reprieve/erase} take {@code "ids"} as a JSON array on Spring MVC. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
        @ConditionalOnClass(name = {"org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdvice",
            "tools.jackson.databind.json.JsonMapper"})
        static class EraseBody {
            @Bean
            @ConditionalOnMissingBean
            EraseBodyAdvice reprieveEraseBodyAdvice() {
                return new EraseBodyAdvice();
            }
        }
    }
}

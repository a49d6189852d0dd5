package dev.reprieve.spring.units;

import dev.reprieve.core.event.ReprieveEvent;
import dev.reprieve.core.event.ReprieveListener;
import dev.reprieve.spring.units.a.UnitAMemos;
import dev.reprieve.spring.units.b.UnitBMemos;
import dev.reprieve.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A Spring Boot application with two persistence units, each on its own schema of one H2 database, both mapping
 * {@link Memo} to a table {@code memo}; unit a is the primary one.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class UnitsApp {

    /** Every event any unit published, in order. */
    public static final List<ReprieveEvent> HEARD = new CopyOnWriteArrayList<>();

    static DataSource dataSource(String schema) {
        String url = TestDatabase.H2.ensureDatabase("reprieve_spring_units") + ";INIT=CREATE SCHEMA IF NOT EXISTS "
                + schema + "\\;SET SCHEMA " + schema;
        return DataSourceBuilder.create().url(url).username("sa").password("").build();
    }

    @Bean
    @Primary
    DataSource unitADataSource() {
        return dataSource("UNIT_A");
    }

    @Bean
    DataSource unitBDataSource() {
        return dataSource("UNIT_B");
    }

    @Bean
    @Primary
    LocalContainerEntityManagerFactoryBean entityManagerFactory(EntityManagerFactoryBuilder builder,
            @Qualifier("unitADataSource") DataSource dataSource) {
        return builder.dataSource(dataSource).packages(Memo.class).persistenceUnit("a")
                .properties(Map.of("hibernate.hbm2ddl.auto", "create-drop")).build();
    }

    @Bean
    LocalContainerEntityManagerFactoryBean unitBEntityManagerFactory(EntityManagerFactoryBuilder builder,
            @Qualifier("unitBDataSource") DataSource dataSource) {
        return builder.dataSource(dataSource).packages(Memo.class).persistenceUnit("b")
                .properties(Map.of("hibernate.hbm2ddl.auto", "create-drop")).build();
    }

    @Bean
    @Primary
    PlatformTransactionManager transactionManager(@Qualifier("entityManagerFactory") EntityManagerFactory factory) {
        return new JpaTransactionManager(factory);
    }

    @Bean
    PlatformTransactionManager unitBTransactionManager(@Qualifier("unitBEntityManagerFactory") EntityManagerFactory factory) {
        return new JpaTransactionManager(factory);
    }

    @Bean
    ReprieveListener recordingListener() {
        return new ReprieveListener() {
            @Override
            public void on(ReprieveEvent event) {
                HEARD.add(event);
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @EnableJpaRepositories(basePackageClasses = UnitAMemos.class, entityManagerFactoryRef = "entityManagerFactory",
            transactionManagerRef = "transactionManager")
    static class UnitARepositories {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableJpaRepositories(basePackageClasses = UnitBMemos.class, entityManagerFactoryRef = "unitBEntityManagerFactory",
            transactionManagerRef = "unitBTransactionManager")
    static class UnitBRepositories {
    }
}

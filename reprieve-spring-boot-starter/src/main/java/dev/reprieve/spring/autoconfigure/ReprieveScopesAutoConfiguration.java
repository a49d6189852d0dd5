package dev.reprieve.spring.autoconfigure;

import dev.reprieve.spring.SoftDeleteScopes;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link SoftDeleteScopes} bean of an application with one persistence unit (or one marked primary). With two
 * units and none primary it backs off instead of failing startup: the application builds a {@code SoftDeleteScopes}
 * per unit from that unit's shared {@code EntityManager} and transaction manager. It runs after the JPA
 * auto-configuration so that it sees the factories that configuration creates.
 */
@AutoConfiguration(after = {ReprieveAutoConfiguration.class, HibernateJpaAutoConfiguration.class})
@ConditionalOnClass(EntityManagerFactory.class)
@ConditionalOnSingleCandidate(EntityManagerFactory.class)
public class ReprieveScopesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public SoftDeleteScopes softDeleteScopes(EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager) {
        return new SoftDeleteScopes(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
                new TransactionTemplate(transactionManager));
    }
}

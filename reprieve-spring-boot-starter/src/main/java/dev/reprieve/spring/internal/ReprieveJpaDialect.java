package dev.reprieve.spring.internal;

import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.hibernate.UniqueViolations;
import dev.reprieve.spring.AliveUniqueViolationException;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;

/**
 * Hibernate's JPA dialect for Spring, which also recognises a violated {@code @UniqueWhenAlive} key and
 * answers an {@link AliveUniqueViolationException}, and turns Reprieve's other refusals into Spring's
 * {@code DataAccessException} categories ({@link ReprieveExceptionTranslation}). Spring asks the dialect both when a
 * repository call fails and when a transaction's commit fails, so every path gets the same exception.
 */
final class ReprieveJpaDialect extends HibernateJpaDialect {

    private final Supplier<EntityManagerFactory> entityManagerFactory;

    ReprieveJpaDialect(Supplier<EntityManagerFactory> entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public DataAccessException translateExceptionIfPossible(RuntimeException ex) {
        EntityManagerFactory factory = entityManagerFactory.get();
        if (factory != null) {
            try {
                var violation = UniqueViolations.find(ex, factory.unwrap(SessionFactory.class));
                if (violation.isPresent()) {
                    return new AliveUniqueViolationException(violation.get());
                }
            } catch (NotSoftDeletableException noSoftDeletableEntities) {
                // nothing of Reprieve's in this persistence unit: Hibernate's translation as usual
            }
        }
        DataAccessException reprieve = ReprieveExceptionTranslation.translate(ex);
        return reprieve != null ? reprieve : super.translateExceptionIfPossible(ex);
    }
}

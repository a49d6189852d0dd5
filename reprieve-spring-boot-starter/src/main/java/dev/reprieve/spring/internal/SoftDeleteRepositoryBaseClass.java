package dev.reprieve.spring.internal;

import dev.reprieve.spring.SoftDeleteRepository;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

/**
 * Gives every repository that extends {@link SoftDeleteRepository} the {@link SoftDeleteJpaRepository}
 * implementation, so applications need no {@code @EnableJpaRepositories(repositoryBaseClass = ...)}.
 * Other repositories keep their own base class.
 */
public final class SoftDeleteRepositoryBaseClass implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> factory && factory.getObjectType() != null
                && SoftDeleteRepository.class.isAssignableFrom(factory.getObjectType())) {
            factory.setRepositoryBaseClass(SoftDeleteJpaRepository.class);
        }
        return bean;
    }
}

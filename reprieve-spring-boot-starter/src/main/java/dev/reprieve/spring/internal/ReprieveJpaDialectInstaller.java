package dev.reprieve.spring.internal;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Gives every entity manager factory bean {@link ReprieveJpaDialect}, unless the application chose a JPA
 * dialect of its own (then unique-when-alive violations stay Spring's plain {@code DataIntegrityViolationException}).
 */
public final class ReprieveJpaDialectInstaller implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractEntityManagerFactoryBean factoryBean && factoryBean.getJpaDialect() == null) {
            factoryBean.setJpaDialect(new ReprieveJpaDialect(() -> nativeFactory(factoryBean)));
        }
        return bean;
    }

    private static EntityManagerFactory nativeFactory(AbstractEntityManagerFactoryBean factoryBean) {
        try {
            return factoryBean.getNativeEntityManagerFactory();
        } catch (IllegalStateException notBuiltYet) {
            return null;
        }
    }
}

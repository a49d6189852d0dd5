package dev.reprieve.spring.app;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Records every SQL statement the application prepares, whoever prepares it (Hibernate or Reprieve). */
public class SqlLog implements BeanPostProcessor {

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, Runnable> beforePreparing = new java.util.concurrent.ConcurrentHashMap<>();

    public void clear() {
        statements.clear();
        beforePreparing.clear();
    }

    /**
     * Runs {@code action} once, just before the next statement starting with {@code prefix} (case-insensitive)
     * is prepared: how a test makes a concurrent change land between two statements of the purge.
     */
    public void beforePreparing(String prefix, Runnable action) {
        beforePreparing.put(prefix.toLowerCase(), action);
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }

    public long count(String prefix) {
        return statements.stream().filter(s -> s.trim().toLowerCase().startsWith(prefix)).count();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        Object result = invoke(dataSource, method, args);
                        return result instanceof Connection c ? connection(c) : result;
                    });
        }
        return bean;
    }

    private Connection connection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
                        statements.add(sql);
                        String lower = sql.trim().toLowerCase();
                        for (String prefix : List.copyOf(beforePreparing.keySet())) {
                            Runnable action = lower.startsWith(prefix) ? beforePreparing.remove(prefix) : null;
                            if (action != null) {
                                action.run();
                            }
                        }
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

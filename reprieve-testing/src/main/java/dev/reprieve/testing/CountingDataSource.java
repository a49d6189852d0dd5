package dev.reprieve.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A plain JDBC data source that counts the SQL statements run through it, whoever runs them (Hibernate,
 * Reprieve's own JDBC, hand-written SQL): each execute call is one statement, each {@code addBatch} one
 * statement too, and {@link #roundTrips()} counts execute calls plus {@code executeBatch} calls.
 */
public final class CountingDataSource implements DataSource {

    private final String url;
    private final String user;
    private final String password;
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong roundTrips = new AtomicLong();

    public CountingDataSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** @return SQL statements run since the last {@link #reset()} (a batch of 50 counts 50) */
    public long statements() {
        return statements.get();
    }

    /** @return trips to the database since the last {@link #reset()} (a batch of 50 counts 1) */
    public long roundTrips() {
        return roundTrips.get();
    }

    public void reset() {
        statements.set(0);
        roundTrips.set(0);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Connection target = DriverManager.getConnection(url, username, pass);
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Statement statement) {
                        Class<?> type = method.getReturnType();
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                                counting(statement));
                    }
                    return result;
                });
    }

    private InvocationHandler counting(Statement target) {
        return (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("addBatch")) {
                statements.incrementAndGet();
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                roundTrips.incrementAndGet();
            } else if (name.startsWith("execute")) {
                statements.incrementAndGet();
                roundTrips.incrementAndGet();
            }
            return invoke(target, method, args);
        };
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}

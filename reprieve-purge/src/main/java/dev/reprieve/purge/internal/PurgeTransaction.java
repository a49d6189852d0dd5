package dev.reprieve.purge.internal;

import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SqlExecutor;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection one type's purge runs on, in short transactions: {@code READ COMMITTED} without
 * auto-commit (no gap locks on MariaDB, and a restore committed meanwhile is seen by the locking select),
 * with the dialect's purge-session settings. On failure the open batch rolls back whole; committed batches
 * stay. {@link #close} puts the connection back as it was found.
 */
final class PurgeTransaction implements AutoCloseable {

    /** Work on the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private final Connection c;
    private final SoftDeleteDialect dialect;
    private final SqlExecutor sql;
    private final boolean autoCommit;
    private final int isolation;

    PurgeTransaction(Connection c, SoftDeleteDialect dialect, SqlExecutor sql) throws SQLException {
        this.c = c;
        this.dialect = dialect;
        this.sql = sql;
        this.autoCommit = c.getAutoCommit();
        this.isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        sql.execute(c, dialect.beginPurgeSession());
    }

    Connection connection() {
        return c;
    }

    void commit() throws SQLException {
        c.commit();
    }

    void rollback() throws SQLException {
        c.rollback();
    }

    /** Runs work as self-committing statements, then returns to explicit transactions. */
    <T> T autoCommitted(Work<T> work) throws SQLException {
        c.setAutoCommit(true);
        try {
            return work.run();
        } finally {
            c.setAutoCommit(false);
        }
    }

    @Override
    public void close() throws SQLException {
        sql.execute(c, dialect.endPurgeSession());
        c.commit();
        c.setTransactionIsolation(isolation);
        c.setAutoCommit(autoCommit);
    }
}
